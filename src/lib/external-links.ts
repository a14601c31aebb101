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
export function insecureLinks(file: string, body: string): ContentProblem[] {
  const urls = [...body.matchAll(/http:\/\/[^\s)>\]"'`]+/gi)].map((match) => match[0].replace(/[.,;:!?]+$/, ''));
  return [...new Set(urls)].map((url) => ({
    file,
    field: 'link',
    found: `links to ${url}, which is not https`,
    fix: `link to ${url.replace(/^http:/, 'https:')} if the page is there; a page published only at http belongs in ${CONTENT_FILES.sources}, cited with <Cite>`,
  }));
}
