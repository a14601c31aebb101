import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineHashes, pagePolicy, trimPolicy } from '../../src/lib/csp-page';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const policy = (scripts: string[], styles: string[]) =>
  `default-src 'self';img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' ${scripts.join(' ')}; style-src 'self' ${styles.join(' ')};`;
const page = (meta: string, body: string) => `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${meta}"></head><body>${body}</body></html>`;

describe('per-page Content Security Policy', () => {
  it("hashes a page's inline scripts and styles, not external scripts or JSON-LD", () => {
    const found = inlineHashes('<script>a()</script><script type="module">b()</script><script src="/x.js"></script><script type="application/ld+json">{}</script><style>p{}</style>');
    expect([...found.script]).toEqual([hash('a()'), hash('b()')]);
    expect([...found.style]).toEqual([hash('p{}')]);
  });

  it('keeps only the hashes the page uses, and every other source and directive', () => {
    const trimmed = trimPolicy(policy([hash('a()'), hash('unused()')], [hash('p{}'), hash('')]), { script: new Set([hash('a()')]), style: new Set() });
    expect(trimmed).toBe(`default-src 'self';img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' ${hash('a()')}; style-src 'self';`);
  });

  it('rewrites only the policy in the page, and leaves a page without one alone', () => {
    const html = page(policy([hash('a()'), hash('b()')], [hash('p{}')]), '<script>a()</script><style>p{}</style>');
    expect(pagePolicy(html)).toBe(page(policy([hash('a()')], [hash('p{}')]), '<script>a()</script><style>p{}</style>'));
    expect(pagePolicy('<html><body><script>a()</script></body></html>')).toBe('<html><body><script>a()</script></body></html>');
  });
});
