import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/lib/article';

const body = 'Lead line.\nSecond paragraph.\nA Subheading\nThird paragraph.\nSource: X\n';

describe('parseArticle', () => {
  it('keeps every line, in order and unchanged', () => {
    const blocks = parseArticle(body, { subheadings: ['A Subheading'], credit: 'Source: X' });
    expect(blocks).toEqual([
      { kind: 'lead', text: 'Lead line.' },
      { kind: 'paragraph', text: 'Second paragraph.' },
      { kind: 'subheading', text: 'A Subheading' },
      { kind: 'paragraph', text: 'Third paragraph.' },
      { kind: 'credit', text: 'Source: X' },
    ]);
  });

  it('fails when a subheading is not in the text', () => {
    expect(() => parseArticle(body, { subheadings: ['Missing'], credit: 'Source: X' })).toThrow(/"Missing" is not a line/);
  });

  it('fails when the credit is not the last line', () => {
    expect(() => parseArticle(body, { subheadings: [], credit: 'Source: Y' })).toThrow(/must be the last line/);
  });
});
