import { describe, expect, it } from 'vitest';
import { createCitationContext } from '../../src/lib/citation-context';
import { pdfsEnabled } from '../../src/lib/pdf-settings';
import { pageReadingText, readingMinutes } from '../../src/lib/reading-time';
import { buildToc, levelOneHeadings, repeatedHeadings, skippedHeadingLevels } from '../../src/lib/toc';
import { joinBase, readableAddress } from '../../src/lib/urls';

// The cite formats, in both languages, are tested in cite-formats.test.ts.

describe('citation context', () => {
  it('numbers sources and gives each mark its own anchor', () => {
    const context = createCitationContext(['a', 'b']);
    expect(context.numberOf('b')).toBe(2);
    expect(context.numberOf('z')).toBeUndefined();
    expect([context.nextAnchor('b'), context.nextAnchor('b'), context.nextAnchor('a')]).toEqual(['cite-2-1', 'cite-2-2', 'cite-1-1']);
  });
});

describe('helpers', () => {
  it('reading time ignores markup and is at least a minute', () => {
    expect(readingMinutes('<Cite id="a" /> word')).toBe(1);
    expect(readingMinutes('word '.repeat(1100))).toBe(5);
  });
  it('reading time counts the takeaways, and the events and terms a page\'s tags show', () => {
    const data = {
      timeline: [
        { date: '2024-07', text: 'event of July' },
        { date: '2025-06-08', text: 'event of June' },
      ],
      glossary: [{ text: 'GANSEG the security group' }],
    };
    const text = (body: string) => pageReadingText({ body, takeaways: ['a takeaway'] }, data);
    expect(text('Prose only.')).toBe('a takeaway\nProse only.');
    expect(text('Before.\n\n<Timeline from="2025" />')).toBe('a takeaway\nBefore.\n\n<Timeline from="2025" />\nevent of June');
    expect(text('<Timeline />\n<Glossary />').split('\n').slice(-3)).toEqual(['event of July', 'event of June', 'GANSEG the security group']);
  });

  it('toc nests h3 under h2 and drops orphans', () => {
    const toc = buildToc([
      { depth: 3, slug: 'orphan', text: 'Orphan' },
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a1', text: 'A1' },
      { depth: 4, slug: 'deep', text: 'Deep' },
    ]);
    expect(toc).toEqual([{ depth: 2, slug: 'a', text: 'A', children: [{ depth: 3, slug: 'a1', text: 'A1' }] }]);
  });
  it('joins base paths', () => {
    expect(joinBase('/', '/article/')).toBe('/article/');
    expect(joinBase('/docs/', '/article/')).toBe('/docs/article/');
    expect(joinBase('/docs', 'article/')).toBe('/docs/article/');
  });
  it('PDFs are on unless PDF=off', () => {
    expect(pdfsEnabled({})).toBe(true);
    expect(pdfsEnabled({ PDF: 'off' })).toBe(false);
  });
});

describe('level-1 headings in a body', () => {
  it('finds "# " lines and <h1> tags, and nothing in code fences or deeper headings', () => {
    const body = ['## Section', '# Second title', 'Text with a # sign.', '```', '# a shell comment', '```', '<h1 id="x">Also</h1>', '#hashtag', '   # Indented'].join('\n');
    expect(levelOneHeadings(body)).toEqual(['# Second title', '<h1 id="x">Also</h1>', '# Indented']);
    expect(levelOneHeadings('## Only\n### Parts')).toEqual([]);
  });
});

describe('headings that skip a level', () => {
  it('finds a heading more than one level below the one before it, the title counting as #, and nothing in code fences', () => {
    const body = ['### Before any section', '## Section', '#### Too deep', '### Part', '#### Detail', '## Next', '```', '##### In code', '```'].join('\n');
    expect(skippedHeadingLevels(body)).toEqual([
      { heading: '### Before any section', line: 1, under: 1 },
      { heading: '#### Too deep', line: 3, under: 2 },
    ]);
    expect(skippedHeadingLevels('## A\n### B\n#### C\n## D')).toEqual([]);
  });
});

describe('headings the contents would list twice', () => {
  it('finds two ## in the same words (whatever their case, emphasis or spacing), and two ### in the same words under one ##, with their lines', () => {
    const body = ['## Background', '### What Mexico said', 'Text.', '### What  *Mexico* said', '## The response', '### What Mexico said', '## background', '```', '## Background', '```'].join('\n');
    expect(repeatedHeadings(body)).toEqual([
      { heading: '## Background', lines: [1, 7] },
      { heading: '### What Mexico said', lines: [2, 4] },
    ]);
  });

  it('leaves alone a ### that repeats under another ##, headings below ###, and a page of distinct headings', () => {
    expect(repeatedHeadings('## A\n### Reactions\n## B\n### Reactions\n#### Note\n#### Note')).toEqual([]);
    // A ### before the first ## is not in the contents (buildToc).
    expect(repeatedHeadings('### Note\n### Note\n## A')).toEqual([]);
  });
});

describe('readableAddress', () => {
  it('shows escaped letters as letters, for an address printed on paper', () => {
    expect(readableAddress('https://en.wikipedia.org/wiki/Guatemala%E2%80%93Mexico_border')).toBe('https://en.wikipedia.org/wiki/Guatemala–Mexico_border');
    expect(readableAddress('https://en.wikipedia.org/wiki/Inauguration_of_Bernardo_Ar%C3%A9valo')).toBe('https://en.wikipedia.org/wiki/Inauguration_of_Bernardo_Arévalo');
  });

  it('leaves escaped ASCII, and escapes that are not UTF-8, as they are', () => {
    expect(readableAddress('https://example.org/a%20b%2Fc?q=x%26y')).toBe('https://example.org/a%20b%2Fc?q=x%26y');
    expect(readableAddress('https://example.org/%E2%80')).toBe('https://example.org/%E2%80');
    expect(readableAddress('https://example.org/plain')).toBe('https://example.org/plain');
  });
});
