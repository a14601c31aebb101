/**
 * Runs once before the build and browser tests: builds the real site into
 * dist/ (unless TEST_REUSE_DIST=1 and a build exists) and serves it on
 * 127.0.0.1. Tests read the address with inject('siteUrl').
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { DIST, serveDirectory } from '../helpers/serve';

export default async function setup(project: TestProject) {
  const reuse = process.env.TEST_REUSE_DIST === '1' && existsSync(`${DIST}/index.html`);
  if (!reuse) {
    // Vitest sets NODE_ENV=test and BASE_URL in process.env; inherited, they would make Astro
    // build in development mode (import.meta.env.DEV true in page scripts). Build as `npm run build` does.
    const { NODE_ENV, BASE_URL, MODE, DEV, PROD, SSR, ...env } = process.env;
    execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: 'inherit', env });
  }
  const server = await serveDirectory(DIST);
  project.provide('siteUrl', server.url);
  // A build made now, from this source: the reproducibility test compares one fresh build with it.
  project.provide('distBuiltFromSource', !reuse);
  return async () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    distBuiltFromSource: boolean;
  }
}
