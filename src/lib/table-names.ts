/**
 * Names for the explainers' markdown tables. Markdown has no caption, so a
 * screen reader moving from table to table heard only "table, 4 columns,
 * 4 rows", never which one. Each table is a section's evidence (a
 * "Where the sources disagree", a "The fall in 2025"), so this plugin names
 * it after the heading of the section it sits in: the nearest heading before
 * it among its siblings, or its ancestors' siblings (a table inside
 * `<StackedRows>`). Headings inside other elements (a callout's title) are
 * not sections and are skipped. A table that has a caption or a name of its
 * own, or no heading before it, is left alone.
 *
 * A hast plugin for Sätteri, beside row-headers.ts in astro.config.mjs. It
 * runs before Astro gives headings their ids, so the name is the heading's
 * text (aria-label), not a reference to it.
 * @see https://www.w3.org/WAI/tutorials/tables/caption-summary/
 */
import type { Element, ElementContent, RootContent } from 'hast';
import { defineHastPlugin } from 'satteri';

const HEADING = /^h[1-6]$/;

const isElement = (node: Readonly<ElementContent | RootContent> | undefined): node is Element => node?.type === 'element';

export const tableNames = defineHastPlugin({
  name: 'mg:table-names',
  element: {
    filter: ['table'],
    visit(table, ctx) {
      const { properties } = table;
      if (properties.ariaLabel !== undefined || properties.ariaLabelledBy !== undefined) return;
      if (table.children.some((child) => isElement(child) && child.tagName === 'caption')) return;
      // Walk back through the table's siblings, then each ancestor's, to the nearest heading.
      for (let node: Readonly<Element> | Readonly<RootContent> = table; ; ) {
        const parent = ctx.parent(node as Element);
        const index = ctx.indexOf(node as Element);
        if (!parent || index === undefined) return;
        const heading = parent.children
          .slice(0, index)
          .reverse()
          .find((sibling) => isElement(sibling) && HEADING.test(sibling.tagName));
        if (heading) {
          const name = ctx.textContent(heading).replace(/\s+/g, ' ').trim();
          if (name) ctx.setProperty(table, 'ariaLabel', name);
          return;
        }
        node = parent as RootContent;
      }
    },
  },
});
