/**
 * Content Security Policy, read from the built HTML: every page carries the
 * policy in a <meta> before anything it governs; the policy is strict (no
 * 'unsafe-inline', no 'unsafe-eval', nothing from other origins); every inline
 * script and style is allowed by its hash; and nothing needs what the policy
 * forbids (style attributes, event-handler attributes, javascript: URLs).
 * The browser half (no violation actually reported) is in the e2e gate.
 */
import { createHash } from 'node:crypto';
import type { BuiltPage } from './site';

/** Directives every page's policy must contain, exactly as listed (sources may be in any order). */
export const REQUIRED_DIRECTIVES: Record<string, string[]> = {
  'default-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/** Sources that would make script-src or style-src allow what an attacker injects. */
const UNSAFE = new Set(["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'data:', 'http:', 'https:', 'blob:']);

/** Script types a browser runs (JSON-LD and the like are data). */
const EXECUTABLE = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** A policy string as directive → sources. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Every way `page` breaks the policy rules above, one line each. */
export function cspProblems(page: BuiltPage): string[] {
  const { $ } = page;
  const problems: string[] = [];
  const say = (message: string) => problems.push(`${page.route}: ${message}`);
  const metas = $('meta').filter((_, el) => (el.attribs['http-equiv'] ?? '').toLowerCase() === 'content-security-policy');
  if (metas.length !== 1) {
    say(`has ${metas.length} CSP <meta> elements; it needs exactly one`);
    return problems;
  }
  if (metas.closest('head').length === 0) say('its CSP <meta> is not in <head>');
  // Cheerio returns matches in document order. Nothing that runs code or injects styles may
  // come before the policy; a stylesheet of our own may (the policy would allow it anyway).
  for (const el of $('meta, script, style, link[rel~="stylesheet"]').toArray()) {
    if (el === metas[0]) break;
    const executable = el.tagName === 'script' && EXECUTABLE.has((el.attribs.type ?? '').toLowerCase());
    const foreignSheet = el.tagName === 'link' && /^([a-z]+:)?\/\//i.test(el.attribs.href ?? '');
    if (executable || el.tagName === 'style' || foreignSheet) say(`has a <${el.tagName}> before its CSP <meta>, which the policy does not cover`);
  }

  const policy = parsePolicy(metas.attr('content') ?? '');
  for (const [name, sources] of Object.entries(REQUIRED_DIRECTIVES)) {
    const actual = policy.get(name);
    if (!actual || actual.length !== sources.length || !sources.every((s) => actual.includes(s))) {
      say(`its policy needs "${name} ${sources.join(' ')}" (found "${actual?.join(' ') ?? 'none'}")`);
    }
  }
  for (const kind of ['script', 'style'] as const) {
    const sources = [...(policy.get(`${kind}-src`) ?? []), ...(policy.get(`${kind}-src-elem`) ?? [])];
    if (sources.length === 0) say(`its policy has no ${kind}-src`);
    for (const source of sources) {
      if (UNSAFE.has(source) || /^[a-z]+:\/\//i.test(source) || source.includes('.')) say(`its ${kind}-src allows ${source}`);
    }
  }

  const scriptSources = new Set([...(policy.get('script-src') ?? []), ...(policy.get('script-src-elem') ?? [])]);
  $('script:not([src])').each((_, el) => {
    if (!EXECUTABLE.has((el.attribs.type ?? '').toLowerCase())) return;
    const code = $(el).html() ?? '';
    if (!scriptSources.has(sha256(code))) say(`has an inline script whose hash is not in script-src: ${summary(code)}`);
  });
  $('script[src]').each((_, el) => {
    if (/^[a-z]+:|^\/\//i.test(el.attribs.src)) say(`loads a script from another origin: ${el.attribs.src}`);
  });
  const styleSources = new Set([...(policy.get('style-src') ?? []), ...(policy.get('style-src-elem') ?? [])]);
  $('style').each((_, el) => {
    const css = $(el).html() ?? '';
    if (!styleSources.has(sha256(css))) say(`has an inline <style> whose hash is not in style-src: ${summary(css)}`);
  });
  $('[style]').each((_, el) => void say(`has a style attribute, which the policy blocks: <${el.tagName} style="${el.attribs.style}">`));
  $('*').each((_, el) => {
    if (!('attribs' in el)) return;
    for (const attribute of Object.keys(el.attribs)) {
      if (/^on[a-z]+$/.test(attribute)) say(`has an event-handler attribute, which the policy blocks: <${el.tagName} ${attribute}>`);
    }
  });
  $('[href^="javascript:" i], [src^="javascript:" i], [action^="javascript:" i]').each((_, el) => void say(`has a javascript: URL on <${el.tagName}>`));
  return problems;
}

const summary = (code: string) => JSON.stringify(code.trim().slice(0, 60));
