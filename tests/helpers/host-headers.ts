/**
 * Reads public/_headers (the Netlify / Cloudflare Pages format) so tests and the
 * bench serve the site with the headers it asks of a real host: a path line,
 * then indented "Name: value" lines. A path ending in "*" covers everything
 * below it; every rule that covers a path applies, later ones winning a clash.
 */
export interface HeaderRule {
  path: string;
  headers: Map<string, string>;
}

export function parseHeaderRules(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: new Map() });
      continue;
    }
    const header = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    if (!header || !rules.length) throw new Error(`public/_headers: cannot read "${line.trim()}": expected a path, or an indented "Name: value" under one`);
    rules.at(-1)!.headers.set(header[1].toLowerCase(), header[2].trim());
  }
  return rules;
}

const covers = (rule: string, path: string) => (rule.endsWith('*') ? path.startsWith(rule.slice(0, -1)) : path === rule);

/** The headers the rules give `path` (a site path, "/pagefind/index/en_1.pf_index"), by lowercase name. */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules) if (covers(rule.path, path)) for (const [name, value] of rule.headers) headers.set(name, value);
  return headers;
}
