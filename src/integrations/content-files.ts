/**
 * Fails the build, before anything is rendered, when `content/` holds a file
 * that no content collection reads (src/lib/content-files.ts): its content
 * would be missing from the site without a word. Under `astro dev` the
 * problem is logged instead, so the server still starts.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CONTENT_ROOT, unreadContentFiles } from '../lib/content-files';
import { ContentError } from '../lib/errors';

/** Every file under `dir`, as paths relative to it with "/" between folders. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `${entry.parentPath}/${entry.name}`.slice(dir.length + 1).split(/[\\/]/).join('/'));
}

export function contentFiles(): AstroIntegration {
  return {
    name: 'mg:content-files',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const dir = fileURLToPath(new URL(`${CONTENT_ROOT}/`, config.root)).replace(/[\\/]$/, '');
        const problems = unreadContentFiles(filesUnder(dir));
        if (!problems.length) return;
        const error = new ContentError(problems);
        if (command === 'dev') logger.error(error.message);
        else throw error;
      },
    },
  };
}
