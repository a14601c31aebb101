/**
 * Runs once before the build and browser tests: builds the real site into
 * dist/ (unless TEST_REUSE_DIST=1 and a build exists) and serves it on
 * 127.0.0.1. Tests read the address with inject('siteUrl').
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { ASTRO_CLI, productionEnv } from '../helpers/astro-build';
import { DIST, serveDirectory } from '../helpers/serve';

export default async function setup(project: TestProject) {
  const reuse = process.env.TEST_REUSE_DIST === '1' && existsSync(`${DIST}/index.html`);
  if (!reuse) {
    execFileSync(process.execPath, [ASTRO_CLI, 'build'], { stdio: 'inherit', env: productionEnv() });
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
