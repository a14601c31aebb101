/**
 * Fails the build, before anything is rendered, when the content folder has a problem the files
 * alone show (src/lib/content-check.ts lists the checks): every problem at once, each with its
 * file, field, line and fix. Under `astro dev` the problems are logged instead, so the server
 * still starts, and checked again on every change to a content file.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { CONTENT_ROOT } from '../lib/content-files';
import { contentFolderCheck, contentFolderProblems } from '../lib/content-check';
import { ContentError } from '../lib/errors';

export function contentFiles(): AstroIntegration {
  let dir = '';
  return {
    name: 'mg:content-files',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        dir = fileURLToPath(new URL(`${CONTENT_ROOT}/`, config.root)).replace(/[\\/]$/, '');
        const { problems, failsSchema } = contentFolderCheck(dir);
        if (!problems.length) return;
        const error = new ContentError(problems);
        // The dev server starts with the other problems, and shows them over the pages; Astro would
        // stop at a file failing its schema, with a stack trace after these lines: said plainly here.
        if (command === 'dev' && !failsSchema) return logger.error(error.message);
        if (command === 'dev') {
          logger.error(`${error.message}\nThe dev server cannot start while a content file fails its schema (Astro stops at it): fix these in the files named, then run npm run dev again. Once it runs, a mistake saved is shown without stopping it.`);
          process.exit(1);
        }
        // Thrown, the problems would come under "An unhandled error occurred while running the hook"
        // and a stack trace into this file: words that blame the tool for an editor's typo. Nothing
        // is written yet (the staging folder comes later), so the build can stop here, plainly.
        logger.error(`${error.message}\nThe build stopped before it started: fix these in the files named, then build again.`);
        process.exit(1);
      },
      // Under `astro dev`, check again whenever a content file changes, in the terminal (the page
      // itself shows a broken explainer's problems: src/data/explainers.ts).
      'astro:server:setup': ({ server, logger }) => {
        let reported = '';
        const recheck = (path: string) => {
          if (!path.startsWith(`${dir}/`) && !path.startsWith(`${dir}\\`)) return;
          const problems = contentFolderProblems(dir);
          const message = problems.length ? new ContentError(problems).message : '';
          if (message === reported) return;
          reported = message;
          if (!message) return logger.info('The content problems are fixed.');
          logger.error(message);
        };
        for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, recheck);
      },
    },
  };
}
