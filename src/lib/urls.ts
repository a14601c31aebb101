/** Builds site-internal URLs that respect the configured `base`. */

/** Joins a base path and a site path: joinBase('/docs/', '/article/') → '/docs/article/'. */
export function joinBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  const trimmedPath = path.startsWith('/') ? path : `/${path}`;
  return `${trimmedBase}${trimmedPath}`;
}

/** A site path with the deployment base applied. */
export function url(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** The URL of an explainer page. */
export const explainerPath = (slug: string) => `/explainers/${slug}/`;
/** The site path of a social card: `name` is an explainer slug, `article` or `default`; Spanish cards live under /social/es/. */
export const socialImagePath = (name: string, locale: string) => `/social/${locale === 'en' ? '' : `${locale}/`}${name}.png`;
/** The URL of an explainer's brief. */
export const briefPath = (slug: string) => `/briefs/${slug}/`;
/** The path a page is served at: Astro renders a not-found page at /404/ (and /es/404/), but it is built and served as /404.html (src/integrations/not-found-pages.ts). */
export const servedPath = (pathname: string) => pathname.replace(/\/404\/$/, '/404.html');
/**
 * The file stem of a brief's or the pack's PDFs, before "-letter.pdf" and "-a4.pdf":
 * "mx-gt-the-border-brief", "mx-gt-the-border-nota", "mx-gt-briefing-pack". A saved file keeps
 * its name, so a downloads folder tells the briefs, and the languages, apart. `word` is the
 * language's (briefStrings().files).
 */
export const pdfStem = (word: string, slug?: string) => ['mx-gt', slug, word].filter(Boolean).join('-');

/**
 * A web address as a reader reads it on paper: letters beyond ASCII shown as letters, not as the
 * escapes a link holds ("…/wiki/Guatemala–Mexico_border", not "…/Guatemala%E2%80%93Mexico_border",
 * which nobody could type from a printout; a browser escapes them again). Escaped ASCII ("%20",
 * "%2F") stays as it is: decoded, a space would end the address and a slash would change it.
 */
export function readableAddress(address: string): string {
  return address.replace(/(?:%[89a-f][0-9a-f])+/gi, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run; // not UTF-8: leave the escapes
    }
  });
}
