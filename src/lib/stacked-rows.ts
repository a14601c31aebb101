/**
 * `<StackedRows>` (src/components/content/StackedRows.astro) restyles the markdown table it wraps;
 * with no table inside it would do nothing, silently. These checks read an explainer's MDX body.
 */

/** A markdown table: a row of cells, then its separator row (`|---|---|`). */
const TABLE = /^[^\S\n]*\|.*\|[^\S\n]*\n[^\S\n]*\|[\s:|-]*-[\s:|-]*\|[^\S\n]*$/m;

/**
 * What is wrong with each `<StackedRows>` in an MDX body: one that wraps no markdown table, or
 * closes itself. Each entry names the line of the file it starts on; `firstLine` is the file's
 * line number of the body's first line (the frontmatter comes before it).
 */
export function stackedRowsProblems(body: string, firstLine = 1): string[] {
  const problems: string[] = [];
  for (const open of body.matchAll(/<StackedRows\b[^>]*>/g)) {
    const where = `line ${firstLine - 1 + body.slice(0, open.index).split('\n').length}`;
    if (open[0].endsWith('/>')) {
      problems.push(`${where}: <StackedRows /> closes itself, with no table inside`);
      continue;
    }
    const start = open.index + open[0].length;
    const end = body.indexOf('</StackedRows>', start);
    if (!TABLE.test(body.slice(start, end === -1 ? undefined : end))) problems.push(`${where}: <StackedRows> wraps no markdown table`);
  }
  return problems;
}
