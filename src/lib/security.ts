/**
 * The site's security policy in one place: the Content Security Policy that
 * Astro writes into every page's <meta>, and the HTTP headers that only a
 * server can send (public/_headers). Tests check both against the built site.
 * @see https://docs.astro.build/en/reference/configuration-reference/#securitycsp
 */
import { createHash } from 'node:crypto';
import { SEARCH_PREFILL_SCRIPT } from './search-prefill';
import { THEME_INIT_SCRIPT } from './theme-init';

/**
 * CSP directives beyond script-src and style-src, which Astro writes itself
 * with a hash for every inline script and style it emits. Nothing loads from
 * another origin: fonts are the system stack, images are ours or data: URIs.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  // Pagefind may run its search in a worker; some browsers start one from a blob: URL.
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * script-src sources besides Astro's hashes. Pagefind compiles its WebAssembly
 * search engine in the browser, which CSP allows only with 'wasm-unsafe-eval'
 * (it permits WebAssembly compilation, not JavaScript eval).
 */
export const CSP_SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** A CSP hash source for an inline script or style, as Astro's config expects it. */
export function cspHash(code: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`;
}

/**
 * Hashes of inline scripts Astro does not hash itself (is:inline): the theme script, and the
 * /search/ page's query prefill. Each page keeps only those of its own scripts (integrations/csp.ts).
 */
export const CSP_SCRIPT_HASHES = [cspHash(THEME_INIT_SCRIPT), cspHash(SEARCH_PREFILL_SCRIPT)];

/** style-src sources besides Astro's hashes: our own stylesheets only. */
export const CSP_STYLE_SOURCES = ["'self'"] as const;
