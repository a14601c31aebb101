/**
 * Links an editor writes in an MDX body that would build but go wrong: a relative address, read
 * from the page's own address ("the-border/" on /explainers/x/ is /explainers/x/the-border/), or
 * a relative image, where CONTRIBUTING puts images in public/images/; a
 * raw <a href="/…"> or <img src="/…">, which the build does not give the base path, so it breaks
 * only once the site is deployed under one; and, on a Spanish page, a link to an English page. Pure logic,
 * over a body with its code fences blanked (src/lib/mdx-body.ts).
 */
import type { ContentProblem } from './errors';
import type { Locale } from '../i18n/ui';

/** The site's sections an explainer links into, each with a Spanish edition under /es/. */
const SECTIONS = /^\/(?:explainers|article|sources|briefs|topics|search)(?:\/|$)|^\/$/;

/** The line of the file at index `at` of `body`, the body's first being line `firstLine()`. */
function lineAt(body: string, at: number, firstLine: () => number): number {
  return firstLine() + body.slice(0, at).split('\n').length - 1;
}

/** Where each link and image of the body points, as written, in the order written, with the index it starts at. */
function targets(body: string): { target: string; raw: boolean; image: boolean; at: number }[] {
  const markdown = [...body.matchAll(/(!?)\[(?:[^[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((match) => ({ target: match[2], raw: false, image: match[1] === '!', at: match.index }));
  const anchors = [...body.matchAll(/<a\b[^>]*\bhref\s*=\s*["']([^"']+)["']/g)].map((match) => ({ target: match[1], raw: true, image: false, at: match.index }));
  const images = [...body.matchAll(/<img\b[^>]*\bsrc\s*=\s*["']([^"']+)["']/g)].map((match) => ({ target: match[1], raw: true, image: true, at: match.index }));
  return [...markdown, ...anchors, ...images].sort((a, b) => a.at - b.at);
}

/**
 * The problems of the links in `body`, each with its line: `firstLine` gives the line of the file
 * the body starts on, asked only when there is a problem to place (it reads the file).
 */
export function bodyLinkProblems(file: string, body: string, locale: Locale, firstLine: () => number = () => 1): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const home = locale === 'es' ? '/es' : '';
  for (const { target, raw, image, at } of targets(body)) {
    const line = lineAt(body, at, firstLine);
    const where = ` (line ${line})`;
    if (/^(?:[a-z][a-z0-9+.-]*:|#)/i.test(target)) continue;
    if (!target.startsWith('/') && image) {
      problems.push({ file, field: 'image', found: `a relative image address, ${target}${where}`, fix: 'put the file in public/images/ and write its site path, /images/name.png, as CONTRIBUTING.md shows (the build gives it the base path)' });
      continue;
    }
    if (!target.startsWith('/')) {
      const slug = target.replace(/^(?:\.\.?\/)+/, '').replace(/^(?:es\/)?explainers\//, '').match(/^[a-z0-9-]+/)?.[0];
      problems.push({
        file,
        field: 'link',
        found: `a relative link, ${target}${where}, which a browser reads from this page's own address`,
        fix: `write the site path, from its first /${slug ? `: ${home}/explainers/${slug}/ for an explainer` : ''}`,
      });
      continue;
    }
    if (raw && image) {
      problems.push({
        file,
        field: 'image',
        found: `a raw <img src="${target}">${where}, which the build does not give the base path: it would break on a site deployed under one`,
        fix: `write it as <Figure src="${target}" alt="…" width={…} height={…} caption="…" cite="…" /> or a Markdown image, ![the alt text](${target}), as CONTRIBUTING.md shows`,
      });
    } else if (raw) {
      problems.push({
        file,
        field: 'link',
        found: `a raw <a href="${target}">${where}, which the build does not give the base path: it would break on a site deployed under one`,
        fix: `write it as a Markdown link, [the words](${target})`,
      });
    }
    if (locale === 'es' && SECTIONS.test(target) && !target.startsWith('/es/')) {
      problems.push({ file, field: 'link', found: `links to the English page ${target}${where}`, fix: `link to the Spanish one, /es${target}` });
    }
  }
  return problems;
}
