/** Rows and tables for `npm run bench`: one measured figure per row, with its target when it has one. */

export interface BenchRow {
  name: string;
  value: number | string;
  unit: string;
  /** The value must stay at or below this. */
  target?: number;
  note?: string;
}

/** An aligned text table of `rows` under `title`, each over-target row marked. */
export function table(title: string, rows: BenchRow[]): string {
  const width = Math.max(...rows.map((row) => row.name.length), 10);
  const lines = rows.map((row) => {
    const value = typeof row.value === 'number' ? String(row.value) : row.value;
    const verdict =
      row.target === undefined || typeof row.value !== 'number' ? '' : row.value <= row.target ? `  ok (≤ ${row.target})` : `  OVER TARGET (≤ ${row.target})`;
    return `  ${row.name.padEnd(width)}  ${value.padStart(9)} ${row.unit.padEnd(6)}${verdict}${row.note ? `  · ${row.note}` : ''}`;
  });
  return [`\n${title}`, '  ' + '─'.repeat(Math.min(width + 20, 110)), ...lines].join('\n');
}

/** A grid table (rows × columns of strings), columns aligned. */
export function grid(title: string, header: string[], body: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells: string[]) => '  ' + cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [`\n${title}`, line(header), '  ' + widths.map((w) => '─'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

export const kb = (bytes: number) => (bytes / 1024).toFixed(1);
export const seconds = (ms: number) => (ms / 1000).toFixed(1);
