/**
 * Astro writes one Content Security Policy for the whole site into every page:
 * script-src and style-src list the hash of every inline script and style it
 * emitted anywhere, and the ones it tracked but never inlined. That is about
 * 0.6 KB of incompressible hashes on every page. `pagePolicy` keeps, for one
 * page, only the hashes of the inline scripts and styles that page carries;
 * every other source (and every other directive) stays as written.
 */
import { createHash } from 'node:crypto';

/** Script types a browser runs; JSON-LD and other data blocks need no hash. */
const EXECUTABLE = new Set(['', 'module', 'text/javascript', 'application/javascript']);

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/i;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Hash sources of the inline scripts and styles in `html`, as CSP writes them. */
export function inlineHashes(html: string): { script: Set<string>; style: Set<string> } {
  const script = new Set<string>();
  const style = new Set<string>();
  for (const match of html.matchAll(/<script((?:\s[^>]*)?)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1];
    if (/\ssrc=/i.test(attributes)) continue;
    const type = /\stype="([^"]*)"/i.exec(attributes)?.[1] ?? '';
    if (EXECUTABLE.has(type.toLowerCase())) script.add(sha256(match[2]));
  }
  for (const match of html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/gi)) style.add(sha256(match[1]));
  return { script, style };
}

/** `policy` with only the script and style hashes in `used`. */
export function trimPolicy(policy: string, used: { script: Set<string>; style: Set<string> }): string {
  return policy
    .split(';')
    .map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      const kind = name === 'script-src' ? used.script : name === 'style-src' ? used.style : undefined;
      if (!kind) return part;
      const kept = sources.filter((source) => !/^'sha(256|384|512)-/.test(source) || kind.has(source));
      return `${part.startsWith(' ') ? ' ' : ''}${[name, ...kept].join(' ')}`;
    })
    .join(';');
}

/** `html` with its CSP <meta> listing only the hashes the page needs; unchanged if it has none. */
export function pagePolicy(html: string): string {
  const meta = META.exec(html);
  if (!meta) return html;
  const policy = trimPolicy(meta[1], inlineHashes(html));
  return policy === meta[1] ? html : html.replace(meta[0], meta[0].replace(meta[1], policy));
}
