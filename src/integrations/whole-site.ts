/**
 * A build publishes the whole site or nothing. `astro build` writes into a staging folder
 * beside the output folder (`dist.partial/` for `dist/`); only when every step has passed,
 * the link check included, does the staging folder replace the output folder. A build that
 * fails at any point leaves the last good site where it was, never a half-written one.
 *
 * Two parts, like the search integration: `stage` goes first (so every other integration
 * sees the staging folder as the output folder), `publish` last (after the link check).
 */
import type { AstroIntegration } from 'astro';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { stagingFolderFor } from '../lib/staging';
import { forgetBuiltHtml } from './built-html';

export interface WholeSiteOptions {
  /**
   * The site's address is the stand-in astro.config.mjs uses when SITE_URL is unset: the last
   * line of the build then says so, as every canonical URL, QR code and citation carries it.
   */
  placeholderSite?: boolean;
  /**
   * What the content still lacks that does not stop the build (a Spanish page not yet written, or
   * older than its English page): said again as the build ends, where the lines about it, printed
   * while pages render, are lost among the pages listed.
   */
  stillToDo?: () => string[];
}

export function wholeSite({ placeholderSite = false, stillToDo = () => [] }: WholeSiteOptions = {}): { stage: AstroIntegration; publish: AstroIntegration } {
  let outDir: URL | undefined;
  let staging: URL | undefined;
  let site: string | undefined;
  return {
    stage: {
      name: 'mg:whole-site-stage',
      hooks: {
        'astro:config:setup': ({ command, config, updateConfig }) => {
          // `astro dev` and `astro preview` read the output folder itself.
          if (command !== 'build') return;
          outDir = config.outDir;
          site = config.site;
          staging = stagingFolderFor(outDir);
          // What a failed build left behind.
          rmSync(staging, { recursive: true, force: true });
          updateConfig({ outDir: staging });
        },
      },
    },
    publish: {
      name: 'mg:whole-site-publish',
      hooks: {
        'astro:build:done': ({ dir, logger }) => {
          if (!outDir || !staging) return;
          if (dir.href !== staging.href) {
            throw new Error(`The build wrote to ${fileURLToPath(dir)}, not the staging folder ${fileURLToPath(staging)}: is wholeSite().stage first among the integrations in astro.config.mjs?`);
          }
          if (existsSync(outDir)) rmSync(outDir, { recursive: true, force: true });
          renameSync(staging, outDir);
          forgetBuiltHtml();
          logger.info(`Every step passed: the site is in ${fileURLToPath(outDir)}.`);
          const todo = stillToDo();
          if (todo.length) logger.info(`Still to do in the content:\n${todo.map((line) => `  ${line}`).join('\n')}`);
          if (placeholderSite) logger.info(`Its address is the stand-in ${site}, in every canonical URL, QR code and citation: set SITE_URL to the real one before deploying (README, "Deploy").`);
        },
      },
    },
  };
}
