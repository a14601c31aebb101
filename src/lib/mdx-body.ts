/**
 * Code fences in an MDX body. The checks that read a body for tags, headings, images and links
 * (citations.ts, authors-kit.ts, toc.ts, reading-time.ts, data/explainers.ts) all skip what a fence
 * holds, the same way, so an example written in a fence (CONTRIBUTING shows some) is never taken
 * for the real thing. A fence left open runs to the end of the body, as in CommonMark; fences inside
 * blockquotes are not told apart from the quote (no page writes one).
 */

/**
 * A fence line: three or more backticks or tildes, indented or not (a fence inside a list item is).
 * A backtick fence's info string holds no backtick: "```js`x" is a code span, not a fence (CommonMark).
 */
const FENCE = /^\s*(`{3,}(?!.*`)|~{3,})/;

/**
 * The body with each fenced block, fences included, blanked line for line: line numbers still
 * match the file. A fence closes on a line of the same character, at least as long as the one that
 * opened it (CommonMark), so a ``` line inside a ~~~ block does not end it.
 * @see https://spec.commonmark.org/0.31.2/#fenced-code-blocks
 */
export function withoutCodeFences(body: string): string {
  let open: string | undefined;
  return body
    .split('\n')
    .map((line) => {
      const fence = FENCE.exec(line)?.[1];
      if (open === undefined) {
        if (!fence) return line;
        open = fence;
        return '';
      }
      if (fence && fence[0] === open[0] && fence.length >= open.length && line.trim() === fence) open = undefined;
      return '';
    })
    .join('\n');
}

/**
 * A page file's body: its text after the frontmatter's closing dashes (all of it when there is no
 * frontmatter), fences blanked, and the line of the file it starts on, for messages.
 */
export function pageBody(text: string): { body: string; firstLine: number } {
  const lines = text.split(/\r?\n/);
  const close = frontmatterEnd(lines);
  return { body: withoutCodeFences(lines.slice(close + 1).join('\n')), firstLine: close + 2 };
}

/** The index of the line that closes a page's frontmatter (its second `---`), or -1 when it has none. */
export function frontmatterEnd(lines: readonly string[]): number {
  return lines[0]?.trim() === '---' ? lines.findIndex((line, index) => index > 0 && line.trim() === '---') : -1;
}

/** A page file's frontmatter, as the YAML between its dashes (it starts on line 2), or undefined when it has none. */
export function frontmatterYaml(text: string): string | undefined {
  const lines = text.split(/\r?\n/);
  const close = frontmatterEnd(lines);
  return close > 0 ? lines.slice(1, close).join('\n') : undefined;
}
