/**
 * Clears Astro's content data store when the code behind the content schemas changes.
 * Astro clears the store, which keeps every entry as its schema transformed it, when
 * src/content.config.ts itself changes, but not when a module it imports does
 * (withastro/astro#12761): after a change to src/schemas/prose.ts, a build kept last build's
 * entries and only a clean checkout showed the change. The digest covers the folders the schemas
 * import from; a change there costs one content sync from scratch (a second or two).
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesUnder } from '../lib/content-check';

/** What the content schemas are made of: the config and every module it can import. */
export const SCHEMA_SOURCES = ['src/content.config.ts', 'src/schemas', 'src/lib', 'src/i18n'];

/** One digest of the files under `paths` (files or folders, relative to `root`), in a stable order. */
export function schemaDigest(root: string, paths: readonly string[] = SCHEMA_SOURCES): string {
  const hash = createHash('sha256');
  const files = paths.flatMap((path) => {
    const full = join(root, path);
    if (!existsSync(full)) return [];
    return path.endsWith('.ts') ? [path] : filesUnder(full).map((file) => `${path}/${file}`);
  });
  for (const file of files.sort()) hash.update(file).update('\0').update(readFileSync(join(root, file))).update('\0');
  return hash.digest('hex');
}

export function contentCache(): AstroIntegration {
  return {
    name: 'mg:content-cache',
    hooks: {
      'astro:config:done': ({ config, logger }) => {
        const cacheDir = fileURLToPath(config.cacheDir);
        const digestFile = join(cacheDir, 'content-schema-digest');
        const digest = schemaDigest(fileURLToPath(config.root));
        const previous = existsSync(digestFile) ? readFileSync(digestFile, 'utf8') : undefined;
        if (previous === digest) return;
        // The build's store is in the cache folder; `astro dev` and `astro check` keep one in .astro/.
        const stores = [join(cacheDir, 'data-store.json'), fileURLToPath(new URL('.astro/data-store.json', config.root))].filter((store) => existsSync(store));
        for (const store of stores) rmSync(store);
        if (stores.length) logger.info('The content schemas changed since the last build: the content data store was cleared, so every entry is read again.');
        mkdirSync(cacheDir, { recursive: true });
        writeFileSync(digestFile, digest);
      },
    },
  };
}
