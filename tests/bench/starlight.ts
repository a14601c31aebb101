/**
 * The tool the issue compares us with: an Astro Starlight site (which also
 * indexes with Pagefind) built from the same generated pages, with its
 * default sidebar listing every page. Starlight is not a dependency of this
 * project: the bench installs it from the npm registry into a temp folder,
 * beside the Astro version the project uses. Each page keeps its title,
 * summary (as Starlight's description) and body; <Cite> and <Callout> become
 * a component that renders its children, as in the bare baseline.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, tempDir } from './project.ts';

/** The Starlight release measured; it must accept this project's Astro (its peer range is ^7.2.10). */
export const STARLIGHT_VERSION = '0.42.9';

const CONFIG = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({ outDir: process.env.OUT_DIR, cacheDir: process.env.ASTRO_CACHE_DIR, integrations: [starlight({ title: 'Bench' })] });
`;

const COLLECTIONS = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/**
 * The Starlight site's folder, with Starlight and our Astro installed in its own node_modules
 * (linked from elsewhere, Vite's build cannot resolve Astro's virtual modules from them): made
 * once per bench run, its pages replaced for each size.
 */
let site: string | undefined;
function starlightSite(): string {
  if (site) return site;
  const dir = tempDir('starlight');
  const astro = (JSON.parse(readFileSync(join(ROOT, 'node_modules/astro/package.json'), 'utf8')) as { version: string }).version;
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'starlight-bench', private: true, type: 'module', dependencies: { astro, '@astrojs/starlight': STARLIGHT_VERSION } }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  mkdirSync(join(dir, 'src/components'), { recursive: true });
  writeFileSync(join(dir, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(dir, 'src/content.config.ts'), COLLECTIONS);
  writeFileSync(join(dir, 'src/components/Stub.astro'), '<slot />\n');
  // Starlight's pages link /favicon.svg, which its starter template ships.
  mkdirSync(join(dir, 'public'));
  writeFileSync(join(dir, 'public/favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16"/></svg>\n');
  site = dir;
  return dir;
}

/** A generated explainer as a Starlight page: title and description, then the same body. */
export function starlightPage(mdx: string): string {
  const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(mdx) ?? [];
  const field = (name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(frontmatter ?? '')?.[1];
  const title = field('title');
  const summary = field('summary');
  if (!title || !summary || body === undefined) throw new Error('A generated explainer needs frontmatter with a one-line title and summary.');
  return `---\ntitle: ${title}\ndescription: ${summary}\n---\nimport Cite from '../../components/Stub.astro';\nimport Callout from '../../components/Stub.astro';\n${body}`;
}

/** The Astro CLI a Starlight project runs: the one installed beside Starlight. */
export const starlightAstro = (dir: string) => join(dir, 'node_modules/astro/bin/astro.mjs');

/**
 * The Starlight site holding the MDX files `files` from `fromDir`, and nothing from an earlier
 * build (pages, output, cache); installs Starlight on first use.
 */
export function starlightProject(fromDir: string, files: string[]): string {
  const dir = starlightSite();
  for (const folder of ['src/content/docs', 'dist', '.cache']) rmSync(join(dir, folder), { recursive: true, force: true });
  mkdirSync(join(dir, 'src/content/docs'), { recursive: true });
  for (const file of files) writeFileSync(join(dir, 'src/content/docs', file), starlightPage(readFileSync(join(fromDir, file), 'utf8')));
  return dir;
}
