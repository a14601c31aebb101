import { describe, expect, it } from 'vitest';
import { unknownComponents } from '../../src/lib/authors-kit';
import { scanBody } from '../../src/lib/citations';
import { withoutCodeFences } from '../../src/lib/mdx-body';
import { pageReadingText } from '../../src/lib/reading-time';
import { levelOneHeadings } from '../../src/lib/toc';

const data = { timeline: [], glossary: [] };

describe('withoutCodeFences', () => {
  it('blanks each fenced block line for line, so line numbers still match the file', () => {
    const body = 'one\n```mdx\n<Cite id="x" />\n```\nfive';
    expect(withoutCodeFences(body).split('\n')).toEqual(['one', '', '', '', 'five']);
  });

  it('knows tilde and indented fences, and closes a fence only on its own kind, as long', () => {
    const body = ['a', '~~~', '```', 'in', '~~~', 'b', '  ````md', '  ```', '  in', '  ````', 'c'].join('\n');
    expect(withoutCodeFences(body).split('\n').filter(Boolean)).toEqual(['a', 'b', 'c']);
  });

  it('takes a backtick line with a backtick in its info string for text, not a fence (CommonMark)', () => {
    expect(withoutCodeFences('```js`x\n<Cite id="a" />')).toBe('```js`x\n<Cite id="a" />');
  });

  it('closes a fence on a line with trailing spaces, and runs an unclosed one to the end', () => {
    expect(withoutCodeFences('a\n```\nin\n```   \nb').split('\n')).toEqual(['a', '', '', '', 'b']);
    expect(withoutCodeFences('a\n~~~\nin\nstill').split('\n')).toEqual(['a', '', '', '']);
  });

  it('leaves a body without fences as it is', () => {
    expect(withoutCodeFences('Text.<Cite id="a" />\n\n## Heading')).toBe('Text.<Cite id="a" />\n\n## Heading');
  });
});

describe('every body check skips the same fences', () => {
  // An example in a ~~~ or indented fence, as CONTRIBUTING writes some, is no citation, component or heading.
  const body = ['Real.<Cite id="ap" />', '', '~~~mdx', '# Example title', '<Cite id="example-id" />', '<Dashboard />', '~~~', '', '   ```', '   <Account label="x">y</Account>', '   ```'].join('\n');

  it('citations', () => {
    expect(scanBody(body, data).ids).toEqual(['ap']);
    expect(scanBody(body, data).sourceless).toEqual([]);
  });

  it('unknown components', () => {
    expect(unknownComponents(body)).toEqual([]);
  });

  it('level-1 headings', () => {
    expect(levelOneHeadings(body)).toEqual([]);
  });

  it('reading time', () => {
    const data = { timeline: [{ date: '2025-06-08', text: 'an event '.repeat(50) }], glossary: [{ text: 'a term' }] };
    expect(pageReadingText({ body: '~~~\n<Timeline />\n<Glossary />\n~~~', takeaways: [] }, data)).not.toContain('an event');
  });
});
