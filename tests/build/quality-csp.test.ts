import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cspProblems, parsePolicy } from '../helpers/gates/csp';
import { realSite } from '../helpers/gates/site';

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
  const values = new Map(
    [...headers.matchAll(/^\s+([A-Za-z-]+):\s*(.+)$/gm)].map((m) => [m[1].toLowerCase(), m[2].trim()]),
  );

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

  it('caches only the content-hashed bundles for good', () => {
    expect(headers).toMatch(/^\/_astro\/\*\n\s+Cache-Control: public, max-age=31536000, immutable$/m);
  });

  it("forbids framing with frame-ancestors 'none', which a <meta> policy cannot say", () => {
    expect(parsePolicy(values.get('content-security-policy')!).get('frame-ancestors')).toEqual(["'none'"]);
  });
});
