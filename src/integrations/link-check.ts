/**
 * Fails the build when a built page links to a page, file or #fragment the
 * build does not have, and names the content file an editor must change. The
 * logic is in src/lib/internal-links.ts; this file reads dist/ with htmlparser2.
 *
 * Two steps, like the search index. `read` parses every page's links as soon
 * as the HTML is final (after the search index step), while Pagefind writes
 * its files on another core: at 1,000 explainers that moves about 3 s of
 * parsing off the end of the build. `check` runs last, once every file is
 * written (search index, QR codes, sitemap, PDFs), and reads again any page
 * whose size or time has changed since.
 */
import type { AstroIntegration } from 'astro';
import { Parser } from 'htmlparser2';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_FILES } from '../lib/content-files';
import { formatContentProblems } from '../lib/errors';
import { brokenInternalLinks, linkProblems, routeForFile, type PageLinks } from '../lib/internal-links';
import { builtHtmlFiles, fileStamp, readBuiltHtml } from './built-html';

/** Attributes that hold one URL, by element. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src'],
  script: ['src'],
  source: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  form: ['action'],
  use: ['href', 'xlink:href'],
};
/** Meta tags whose content is a URL on this site. */
const URL_METAS = new Set(['og:url', 'og:image', 'twitter:image']);

export function linkCheck(): { read: AstroIntegration; check: AstroIntegration } {
  let base = '/';
  let origin = 'https://localhost';
  let root = '';
  /** Each page's links by site path ("/x/index.html"), with the size and time of the file they were read from. */
  const read = new Map<string, { stamp: string; links: PageLinks }>();
  const readPage = (outDir: string, file: string) => {
    const stamped = fileStamp(join(outDir, file));
    const links = readLinks(routeForFile(file), readBuiltHtml(outDir, file));
    read.set(file, { stamp: stamped, links });
    return links;
  };
  return {
    read: {
      name: 'mg:link-read',
      hooks: {
        'astro:config:done': ({ config }) => {
          base = config.base;
          origin = config.site ? new URL(config.site).origin : origin;
          root = fileURLToPath(config.root);
        },
        'astro:build:done': ({ dir }) => {
          const outDir = fileURLToPath(dir);
          read.clear();
          for (const file of builtHtmlFiles(outDir)) readPage(outDir, `/${file.split(sep).join('/')}`);
        },
      },
    },
    check: {
      name: 'mg:link-check',
      hooks: {
        'astro:build:done': async ({ dir, logger }) => {
          const outDir = fileURLToPath(dir);
          const files = await siteFiles(outDir);
          const pages = [...files]
            .filter((file) => file.endsWith('.html'))
            .map((file) => {
              const earlier = read.get(file);
              return earlier && earlier.stamp === fileStamp(join(outDir, file)) ? earlier.links : readPage(outDir, file);
            });
          const broken = brokenInternalLinks({ files, base, origin }, pages);
          if (broken.length > 0) {
            // Thrown, the problems would come under "An unhandled error occurred while running the
            // astro:build:done hook", words that blame the tool for an editor's typo. Nothing is
            // published yet (whole-site.ts publishes last), so the build stops here, plainly.
            const message = formatContentProblems(linkProblems(broken, (route) => contentFileFor(root, route)));
            logger.error(`${message}\nThe build stopped before publishing: the last good build is still in place. Fix these in the files named, then build again.`);
            process.exit(1);
          }
          logger.info(`Every internal link and #fragment on ${pages.length} pages resolves.`);
        },
      },
    },
  };
}

/** The URLs one page references and the ids it offers. */
export function readLinks(route: string, html: string): PageLinks {
  const references: string[] = [];
  const anchors = new Set<string>();
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (attributes.id) anchors.add(attributes.id);
        if (name === 'a' && attributes.name) anchors.add(attributes.name);
        for (const attribute of URL_ATTRIBUTES[name] ?? []) {
          if (attributes[attribute] !== undefined) references.push(attributes[attribute]);
        }
        if (attributes.srcset) references.push(...attributes.srcset.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]).filter(Boolean));
        const meta = attributes.property ?? attributes.name;
        if (name === 'meta' && meta && URL_METAS.has(meta) && attributes.content) references.push(attributes.content);
      },
    },
    { decodeEntities: true, xmlMode: false },
  );
  parser.end(html);
  return { route, references, anchors };
}

/** Every file in the build as a site path (`/index.html`), Pagefind's and the assets' included: pages link to them. */
async function siteFiles(outDir: string): Promise<Set<string>> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  const files = new Set<string>();
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = `/${relative(outDir, join(entry.parentPath, entry.name)).split(sep).join('/')}`;
    files.add(path);
  }
  return files;
}

/**
 * The content file a page is built from, relative to the project root: an
 * explainer and its brief come from the explainer's MDX, the article page
 * from the article. Other pages are made by code and have none.
 */
export function contentFileFor(root: string, route: string): string | undefined {
  const explainer = /^\/(?:(es)\/)?(?:explainers|briefs)\/([^/]+)\/$/.exec(route);
  if (explainer) {
    const folder = explainer[1] ? CONTENT_FILES.explainersEs : CONTENT_FILES.explainers;
    return [`${folder}/${explainer[2]}.mdx`, `${folder}/${explainer[2]}/index.mdx`].find((file) => existsSync(join(root, file)));
  }
  const article = /^\/(?:(es)\/)?article\/$/.exec(route);
  if (article) return article[1] ? CONTENT_FILES.articleEs : CONTENT_FILES.article;
  return undefined;
}
