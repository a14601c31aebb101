import { frontmatterEnd } from './mdx-body';
import { escapeRegExp } from './whole-words';

/** An id written on its own: between spaces, quotes, commas or brackets, as YAML and tag attributes write ids. */
export const wholeId = (id: string): RegExp => new RegExp(`(?:^|[\\s"',\\[])${escapeRegExp(id)}(?=$|[\\s"',\\]])`);

/**
 * Where an id is written in a page file, for error messages an editor can act on: "takeaways,
 * line 12; body, line 40" rather than only the id. A line in the frontmatter is named by the
 * field it sits under; a line after it is "body". Lines count from 1, as editors show them.
 */
export function idLines(text: string, id: string, whole: RegExp = wholeId(id)): string[] {
  const lines = text.split(/\r?\n/);
  const close = frontmatterEnd(lines);
  const found: string[] = [];
  let field = 'frontmatter';
  lines.forEach((line, index) => {
    const inFrontmatter = index > 0 && index < close;
    if (inFrontmatter) field = /^([A-Za-z]\w*)\s*:/.exec(line)?.[1] ?? field;
    if (index > close && whole.test(line)) found.push(`body, line ${index + 1}`);
    else if (inFrontmatter && whole.test(line)) found.push(`${field}, line ${index + 1}`);
  });
  return found;
}

/** "sources, line 15; body, lines 88, 90": each place once, its lines in order. */
export function placesOf(places: readonly string[]): string {
  const lines = new Map<string, string[]>();
  for (const place of places) {
    const [, where, line] = /^(.*), line (\d+)$/.exec(place) ?? [place, place, ''];
    const seen = lines.get(where) ?? [];
    if (line && !seen.includes(line)) seen.push(line);
    lines.set(where, seen);
  }
  return [...lines].map(([where, at]) => (at.length ? `${where}, line${at.length > 1 ? 's' : ''} ${at.join(', ')}` : where)).join('; ');
}
