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
  if (!(process.env.TEST_REUSE_DIST === '1' && existsSync(`${DIST}/index.html`))) {
    execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: 'inherit', env: { ...process.env } });
  }
  const server = await serveDirectory(DIST);
  project.provide('siteUrl', server.url);
  return async () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}
