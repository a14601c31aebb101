import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { tableNames } from '../../src/lib/table-names';

const table = ['| Period | Figure |', '|---|---|', '| 2024 | 925,000 |'].join('\n');
const html = (markdown: string) => markdownToHtml(markdown, { hastPlugins: [tableNames] }).html.replaceAll('\n', '');

describe('table names', () => {
  it("name a table after the heading of its section", () => {
    expect(html(`## The fall in 2025\n\nSome text.\n\n${table}`)).toContain('<table aria-label="The fall in 2025">');
  });

  it('take the nearest heading, of any level, and its text without markup', () => {
    expect(html(`## Migration\n\n### Figures for *2024*\n\n${table}`)).toContain('<table aria-label="Figures for 2024">');
  });

  it('skip a heading inside another element, such as one in a callout', () => {
    const { code } = mdxToJs(`## Where the sources disagree\n\n<Callout>\n\n### A note\n\n</Callout>\n\n${table}`, { hastPlugins: [tableNames] });
    expect(code).toMatch(/_components\.table, \{\s*"aria-label": "Where the sources disagree"/);
  });

  it('leave alone a table with no heading before it', () => {
    expect(html(`${table}\n\n## After`)).toContain('<table>');
  });

  it('reach a table inside a component in MDX, by the heading before the component', () => {
    const { code } = mdxToJs(`## Who is who\n\n<StackedRows>\n\n${table}\n\n</StackedRows>`, { hastPlugins: [tableNames] });
    expect(code).toMatch(/_components\.table, \{\s*"aria-label": "Who is who"/);
  });
});
