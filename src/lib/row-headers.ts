/**
 * Row headers for the explainers' markdown tables. Markdown can only head
 * columns, so every body cell was a `<td>`: a screen reader moving down the
 * "Source" column said "Source, [4]", never which figure the note was for.
 * In these tables the first column names each row (a figure, a reported
 * length, a person), so this plugin makes each body row's first cell a
 * `<th scope="row">`, and each column header a `<th scope="col">`: a screen reader
 * then reads "871 km, Source, [4]".
 * CONTRIBUTING asks editors to put what a row is about in its first column.
 *
 * A hast plugin for Sätteri, Astro's Markdown and MDX processor (it runs no
 * rehype plugins), set in astro.config.mjs, so the HTML is built with the
 * headers and no script is needed. A table without a header row is left alone.
 * @see https://www.w3.org/WAI/tutorials/tables/two-headers/
 */
import type { Element, ElementContent } from 'hast';
import { defineHastPlugin } from 'satteri';

const isElement = (node: Readonly<ElementContent> | undefined): node is Element => node?.type === 'element';

export const rowHeaders = defineHastPlugin({
  name: 'mg:row-headers',
  element: {
    filter: ['td', 'th'],
    visit(cell, ctx) {
      const row = ctx.parent(cell);
      if (row.type !== 'element' || row.tagName !== 'tr') return;
      // With row headers in the table, each header cell says which way it reads (WCAG technique H63).
      if (cell.tagName === 'th') {
        const head = ctx.parent(row);
        return head.type === 'element' && head.tagName === 'thead' && cell.properties.scope === undefined ? { ...cell, properties: { ...cell.properties, scope: 'col' } } : undefined;
      }
      // Only the row's first cell, and only in the body of a table with a header row.
      const first = row.children.findIndex((child) => isElement(child));
      if (ctx.indexOf(cell) !== first) return;
      const body = ctx.parent(row);
      if (body.type !== 'element' || body.tagName !== 'tbody') return;
      const table = ctx.parent(body);
      if (table.type !== 'element' || !table.children.some((child) => isElement(child) && child.tagName === 'thead')) return;
      return { ...cell, tagName: 'th', properties: { ...cell.properties, scope: 'row' } };
    },
  },
});
