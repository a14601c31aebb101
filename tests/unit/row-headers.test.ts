import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { rowHeaders } from '../../src/lib/row-headers';

const table = ['| Reported length | Source |', '|---|---|', '| 871 km | Wikipedia |', '| 956 km | México desconocido |'].join('\n');
const html = (markdown: string) => markdownToHtml(markdown, { hastPlugins: [rowHeaders] }).html.replaceAll('\n', '');

describe('row headers', () => {
  it("make each body row's first cell its header, and leave the rest data cells", () => {
    const out = html(table);
    expect(out).toContain('<tr><th scope="row">871 km</th><td>Wikipedia</td></tr>');
    expect(out).toContain('<tr><th scope="row">956 km</th><td>México desconocido</td></tr>');
    expect(out.match(/<td>/g)).toHaveLength(2);
    expect(out).toContain('<thead><tr><th scope="col">Reported length</th><th scope="col">Source</th></tr></thead>');
  });

  it('keep what the cell holds and how it is aligned', () => {
    const out = html(['| Figure | Period |', '|--:|---|', '| **925,000** | 2024 |'].join('\n'));
    expect(out).toMatch(/<th (style="[^"]*right[^"]*" scope="row"|scope="row" style="[^"]*right[^"]*")><strong>925,000<\/strong><\/th>/);
  });

  it('reach a table inside a component in MDX', () => {
    const { code } = mdxToJs(`<StackedRows>\n\n${table}\n\n</StackedRows>`, { hastPlugins: [rowHeaders] });
    expect(code).toMatch(/_components\.th, \{\s*scope: "row",\s*children: "871 km"/);
  });
});
