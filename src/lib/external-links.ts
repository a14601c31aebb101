/**
 * External links an editor writes in an explainer's body. The site links only
 * over https; the build fails on an `http://` link, naming the file and the
 * https address to try. Pure logic; src/data/explainers.ts runs it on each page.
 */
import { CONTENT_FILES } from './content-files';
import type { ContentProblem } from './errors';

/**
 * Problems for the `http://` addresses in an MDX body: Markdown links,
 * autolinks, href attributes and bare addresses (which MDX's GFM turns into
 * links). A page published only at http is a source: it belongs in
 * content/sources/sources.yaml, cited with <Cite>, where its address is shown
 * as published.
 */
export function insecureLinks(file: string, body: string, firstLine: () => number = () => 1): ContentProblem[] {
  const lines = new Map<string, number[]>();
  for (const match of body.matchAll(/http:\/\/[^\s)>\]"'`]+/gi)) {
    const url = match[0].replace(/[.,;:!?]+$/, '');
    const line = firstLine() + body.slice(0, match.index).split('\n').length - 1;
    // Once per line: [http://x](http://x) writes the address twice on one.
    if (!lines.get(url)?.includes(line)) lines.set(url, [...(lines.get(url) ?? []), line]);
  }
  return [...lines].map(([url, at]) => ({
    file,
    field: 'link',
    found: `links to ${url} (line${at.length > 1 ? 's' : ''} ${at.join(', ')}), which is not https`,
    fix: `link to ${url.replace(/^http:/, 'https:')} if the page is there; a page published only at http belongs in ${CONTENT_FILES.sources}, cited with <Cite>`,
  }));
}
