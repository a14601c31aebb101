import { describe, expect, it } from 'vitest';
import { uncitedFigures } from '../../src/lib/uncited-figures';

const cite = '<Cite id="ap-2025-06-09" />';

describe('uncitedFigures', () => {
  it('finds a paragraph with a figure and no note, with its line and the sentence', () => {
    const body = `## Crossings\n\nThe line is long. Proceso counts 56 informal crossings. Few are watched.\n`;
    expect(uncitedFigures(body)).toEqual([{ line: 3, excerpt: 'Proceso counts 56 informal crossings.', kind: 'figure' }]);
  });

  it('finds a date, and a quotation, with no note', () => {
    const body = `On 9 June 2025 the minister spoke.\n\nShe called it "not right".\n`;
    expect(uncitedFigures(body)).toEqual([
      { line: 1, excerpt: 'On 9 June 2025 the minister spoke.', kind: 'figure' },
      { line: 3, excerpt: 'She called it "not right".', kind: 'quotation' },
    ]);
  });

  it('lets one note close several sentences of a paragraph, but not cover the next paragraph', () => {
    const body = `It began on 2 June 2025. Five officers died.${cite}\n\nOn 8 June officers crossed the border.\n`;
    expect(uncitedFigures(body).map((block) => block.line)).toEqual([3]);
  });

  it('reads a paragraph over several lines as one', () => {
    expect(uncitedFigures(`In 2009 Guatemala\ncreated a customs office.${cite}\n`)).toEqual([]);
    expect(uncitedFigures(`In 2009 Guatemala\ncreated a customs office.\n`)).toHaveLength(1);
  });

  it('checks each list item and table row on its own', () => {
    const list = `- First, on 12 June.${cite}\n- Then, on 13 June.\n  It went on.\n- No figure here.\n`;
    expect(uncitedFigures(list)).toEqual([{ line: 2, excerpt: 'Then, on 13 June.', kind: 'figure' }]);
    const table = `| Length | Source |\n|---|---|\n| 871 km |${cite} |\n| 956 km | none |\n`;
    expect(uncitedFigures(table)).toEqual([{ line: 4, excerpt: '| 956 km | none |', kind: 'figure' }]);
  });

  it('leaves out a table header row with figures in it: the rows under it cite', () => {
    expect(uncitedFigures(`| Period of 2025 | 2025 figure |\n| :--- | ---: |\n| January | 10${cite} |\n`)).toEqual([]);
  });

  it('leaves out analysis and not-found callouts, but checks other callouts', () => {
    const exempt = `<Callout type="analysis" title="A reading">\nOne reading of the 2025 talks is "progress".\n</Callout>\n\n<Callout type="not-found">\nWe found no report of the October 2025 meeting.\n</Callout>\n`;
    expect(uncitedFigures(exempt)).toEqual([]);
    const note = `<Callout type="note" title="A sum">\nThe three figures add up to 956 km.\n</Callout>\n`;
    expect(uncitedFigures(note)).toEqual([{ line: 2, excerpt: 'The three figures add up to 956 km.', kind: 'figure' }]);
    // No type is a note; a caution is checked like one.
    expect(uncitedFigures(note.replace(' type="note"', ''))).toHaveLength(1);
    expect(uncitedFigures(note.replace('note', 'caution'))).toHaveLength(1);
    // A type the kit does not have is named by its own check (componentPropProblems); its text waits
    // until the type is fixed: the editor who meant "analysis" was also told to put the figure in one.
    expect(uncitedFigures(exempt.replace('"analysis"', '"analyis"'))).toEqual([]);
  });

  it('takes an account as cited by its cite attribute', () => {
    const body = `<AccountsDiffer title="Tabasco's share">\n  <Account label="108 km" cite="chiapasparalelo-2019-06">\n    It gives 108 km.\n  </Account>\n</AccountsDiffer>\n`;
    expect(uncitedFigures(body)).toEqual([]);
  });

  it('does not count figures in headings, link text, tag attributes, comments or code', () => {
    const body = [
      '### 9–11 December 2025: coincident operations',
      '',
      'See [the January 2026 offer](/explainers/january-2026-offer/).',
      '',
      '<LocatorMap highlight={["la-mesilla"]} />',
      '',
      '{/* updated for the 2026 edition */}',
      '',
      'Write `<Cite id="x-2025" />` after the sentence.',
      '',
      '```mdx',
      'In 2025 something happened.',
      '```',
      '',
      '- [The June 2025 incident](/explainers/la-mesilla-incident/): what happened on 8 June 2025.',
    ].join('\n');
    expect(uncitedFigures(body)).toEqual([]);
  });

  it('still checks a list item whose link comes after a figure', () => {
    expect(uncitedFigures('- On 8 June 2025, see [the incident](/explainers/la-mesilla-incident/).\n')).toHaveLength(1);
  });

  it('shortens a long sentence', () => {
    const [block] = uncitedFigures(`In 2025 ${'a long clause and '.repeat(12)}the end.\n`);
    expect(block.excerpt.length).toBeLessThanOrEqual(120);
    expect(block.excerpt.endsWith('…')).toBe(true);
  });
});
