import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cspProblems, parsePolicy } from '../helpers/gates/csp';
import { realSite } from '../helpers/gates/site';
import { headersFor, parseHeaderRules } from '../helpers/host-headers';

const site = realSite();

describe('Content Security Policy', () => {
  it.each(site.pages.map((p) => [p.route, p] as const))('%s carries a strict policy that allows each of its inline scripts by hash', (_, page) => {
    expect(cspProblems(page)).toEqual([]);
  });

  it('lets Pagefind compile WebAssembly and start a worker, and nothing more', () => {
    const meta = site.pages[0].$('meta[http-equiv="content-security-policy"]').attr('content')!;
    const policy = parsePolicy(meta);
    expect(policy.get('script-src')).toContain("'wasm-unsafe-eval'");
    expect(policy.get('worker-src')).toEqual(["'self'", 'blob:']);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
  });
});

describe('security headers for hosts that read public/_headers', () => {
  const headers = readFileSync(join(site.dir, '_headers'), 'utf8');
  const rules = parseHeaderRules(headers);
  // What a host sends with a page: the headers of every rule that covers its path.
  const values = headersFor(rules, '/explainers/the-border/');

  it('applies to every path', () => {
    expect(headers).toMatch(/^\/\*$/m);
  });

  it('sends HSTS for two years, nosniff, a referrer policy and a permissions policy', () => {
    expect(values.get('strict-transport-security')).toMatch(/max-age=(\d{8,})/);
    expect(Number(/max-age=(\d+)/.exec(values.get('strict-transport-security')!)![1])).toBeGreaterThanOrEqual(63072000);
    expect(values.get('x-content-type-options')).toBe('nosniff');
    expect(values.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(values.get('permissions-policy')).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
  });

  describe('caching', () => {
    const files = readdirSync(site.dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => `/${relative(site.dir, join(entry.parentPath, entry.name)).split(sep).join('/')}`);
    const cachedForGood = (path: string) => /\bimmutable\b/.test(headersFor(rules, path).get('cache-control') ?? '');
    // Names that change whenever the content does: Astro's bundles, and Pagefind's chunks, records and filters.
    const CONTENT_HASHED = /^\/_astro\/[^/]+\.[\w-]{8}\.(css|js)$|^\/pagefind\/(index|fragment|filter)\/[a-z-]+_[0-9a-f]{7,}\.pf_(index|fragment|filter)$/;

    it('keeps for good only files named by their content, so a new build never meets a stale copy', () => {
      const kept = files.filter(cachedForGood);
      expect(kept.filter((path) => !CONTENT_HASHED.test(path))).toEqual([]);
      expect(kept.filter((path) => path.startsWith('/_astro/')).length).toBeGreaterThan(0);
      for (const folder of ['index', 'fragment', 'filter']) expect(kept.filter((path) => path.startsWith(`/pagefind/${folder}/`)).length, folder).toBeGreaterThan(0);
    });

    it('keeps every content-named file for good, and revalidates the pages and the files that name the others', () => {
      expect(files.filter((path) => CONTENT_HASHED.test(path) && !cachedForGood(path))).toEqual([]);
      for (const path of ['/index.html', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/wasm.en.pagefind', '/sitemap.xml']) {
        expect(files, path).toContain(path);
        expect(cachedForGood(path), path).toBe(false);
      }
    });
  });

  it("forbids framing with frame-ancestors 'none', which a <meta> policy cannot say", () => {
    expect(parsePolicy(values.get('content-security-policy')!).get('frame-ancestors')).toEqual(["'none'"]);
  });
});
