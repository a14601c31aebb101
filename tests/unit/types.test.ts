/**
 * The whole project type-checks, .astro files included (`astro check`, the
 * README's `npm run check`). Astro's build strips types without checking them,
 * so without this test a type error (a component that forgets to pass the
 * page's locale, a language missing a string) would build and ship.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { ASTRO_CLI, ROOT, productionEnv } from '../helpers/astro-build';

it('type-checks with no error and no warning', { timeout: 300_000 }, async () => {
  const result = await promisify(execFile)(process.execPath, [ASTRO_CLI, 'check', '--minimumSeverity', 'warning', '--minimumFailingSeverity', 'warning'], {
    cwd: ROOT,
    env: productionEnv({ NO_COLOR: '1', FORCE_COLOR: '0' }),
    maxBuffer: 16 * 1024 * 1024,
  }).catch((error: { code?: number; stdout?: string; stderr?: string }) => error);
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  expect('code' in result ? result.code : 0, output).toBe(0);
  expect(output).toMatch(/0 errors\s*\n\s*- 0 warnings/);
});
