/**
 * The baseline the issue measures us against: a bare Astro + MDX + Pagefind
 * site with a one-line layout, built from the same generated pages, with
 * this project's node_modules. Nothing of ours is in it.
 */
import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, tempDir } from './project.ts';

const CONFIG = `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import * as pagefind from 'pagefind';
import { fileURLToPath } from 'node:url';

const index = {
  name: 'pagefind',
  hooks: {
    'astro:build:done': async ({ dir }) => {
      const out = fileURLToPath(dir);
      const { index } = await pagefind.createIndex({});
      await index.addDirectory({ path: out });
      await index.writeFiles({ outputPath: out + 'pagefind' });
      await pagefind.close();
    },
  },
};

export default defineConfig({ outDir: process.env.OUT_DIR, cacheDir: process.env.ASTRO_CACHE_DIR, integrations: [mdx(), index] });
`;

const COLLECTIONS = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = { pages: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content' }) }) };
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';
import Stub from '../Stub.astro';
export async function getStaticPaths() {
  return (await getCollection('pages')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en"><head><meta charset="utf-8"><title>{entry.data.title}</title></head><body data-pagefind-body><h1>{entry.data.title}</h1><Content components={{ Cite: Stub, Callout: Stub }} /></body></html>
`;

/** A bare project in a temp folder holding the MDX files `files` from `fromDir`. */
export function bareProject(fromDir: string, files: string[]): string {
  const dir = tempDir('bare');
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  mkdirSync(join(dir, 'content'));
  writeFileSync(join(dir, 'package.json'), '{ "name": "bare", "private": true, "type": "module" }\n');
  writeFileSync(join(dir, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(dir, 'src/content.config.ts'), COLLECTIONS);
  writeFileSync(join(dir, 'src/pages/[slug].astro'), PAGE);
  writeFileSync(join(dir, 'src/Stub.astro'), '<slot />\n');
  for (const file of files) copyFileSync(join(fromDir, file), join(dir, 'content', file));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}
