import { describe, expect, it } from 'vitest';
import { entryLines, reusedIds, sourceIdsInBody, sourceIdsInList, sourceIdsInPage, unknownSourceIds } from '../../src/lib/source-uses';

describe('the source ids a content file names', () => {
  it('reads cite in each form in a list of entries, nested ones included (the home page sentences)', () => {
    const text = ['- id: first-event', '  event: A thing.', '  cite: ap', '- id: second-event', '  cite: "efe, ap"', '- id: third-event', '  cite:', '    - efe', '    - xinhua', '- id: en', '  situation:', '    - text: One.', '      cite: [afp, inegi]'].join('\n');
    expect(sourceIdsInList(text)).toEqual(['ap', 'efe', 'ap', 'efe', 'xinhua', 'afp', 'inegi']);
  });

  it("reads a page's sources list, its cites at any depth and its body's tags; code fences and other fields are left alone", () => {
    const text = [
      '---',
      'title: "Sources: a page"',
      'sources:',
      '  - ap',
      '  - efe',
      'takeaways:',
      '  - text: One source-id-like-words here.',
      '    cite: ap',
      'brief:',
      '  bottomLine:',
      '    text: Two.',
      '    cite: [efe]',
      '---',
      '',
      'A fact.<Cite id="ap, efe" /> <Account label="Mexico" cite="xinhua">x</Account>',
      '',
      '```mdx',
      '<Cite id="example" />',
      '```',
      '<Figure src="/m.png" alt="A map" caption="a > b" cite="inegi" />',
    ].join('\n');
    expect(sourceIdsInPage(text)).toEqual(['ap', 'efe', 'ap', 'efe', 'ap', 'efe', 'xinhua', 'inegi']);
  });

  it("reads the article's source, and nothing from YAML that does not parse or a tag naming no source (their own checks name them)", () => {
    expect(sourceIdsInPage('---\nsource: oem-article\neditorsNote:\n  - text: x\n    cite: ap\n---\nBody.')).toEqual(['oem-article', 'ap']);
    expect(sourceIdsInList('- id: a\n  cite: [ap\n')).toEqual([]);
    expect(sourceIdsInPage('---\ncite: [ap\n---\n<Cite />')).toEqual([]);
    expect(sourceIdsInBody('<Cite /> <Figure src="/x.png" alt="x" />')).toEqual([]);
    expect(sourceIdsInBody('A.<Cite id="ap, efe />\n\n<LocatorMap />\n\nB.<Cite id="xinhua" />')).toEqual(['xinhua']);
  });

  it('finds the lines of a list file that name an id, by entry', () => {
    const text = ['- id: first-event', '  cite: ap', '- id: "second-event"', '  event: Not the ap-2 text.', '  cite: [efe, ap]'].join('\n');
    expect(entryLines(text, 'ap')).toEqual(['entry "first-event", line 2', 'entry "second-event", line 5']);
  });
});

describe('unknown source ids', () => {
  it('gives one problem per unknown id, with every place it is written, each line once, and the nearest known id', () => {
    const text = ['---', 'sources:', '  - ap-2025-06-09', '  - efe-2026-01-19', '---', '', 'One.<Cite id="efe-2026-01-19" /> Two.<Cite id="ap-2025-06-09, efe-2026-01-19" />', '', 'Three.<Cite id="efe-2026-01-19" />'].join('\n');
    const problems = unknownSourceIds('content/explainers/p.mdx', text, sourceIdsInPage(text), new Set(['ap-2025-06-09', 'efe-2026-01-18']), 'content/sources/sources.yaml');
    expect(problems).toEqual([
      {
        file: 'content/explainers/p.mdx',
        field: 'source id',
        found: '"efe-2026-01-19" is not in content/sources/sources.yaml (sources, line 4; body, lines 7, 9)',
        fix: 'use an id from content/sources/sources.yaml (did you mean "efe-2026-01-18"?), or add the source there',
      },
    ]);
    expect(unknownSourceIds('p.mdx', text, ['ap-2025-06-09'], new Set(['ap-2025-06-09']), 's.yaml')).toEqual([]);
  });
});

describe('an id given to more than one entry', () => {
  it('is found with the lines of its entries, quoted or not', () => {
    expect(reusedIds('- id: a\n  title: A\n- id: "b"\n- id: a\n- id: b # again\n- id: c\n')).toEqual([
      { id: 'a', lines: [1, 4] },
      { id: 'b', lines: [3, 5] },
    ]);
    expect(reusedIds('- id: a\n- id: b\n')).toEqual([]);
  });

  it('is named in the fix for an id no entry has any longer, the one it most likely replaced', () => {
    const [problem] = unknownSourceIds('content/explainers/x.mdx', '---\nsources: [gone]\n---\n', ['gone'], new Set(['kept']), 'content/sources/sources.yaml', undefined, '; content/sources/sources.yaml gives "kept" to 2 entries (lines 1, 9): if one of them is this source, give it back its id');
    expect(problem.fix).toBe('use an id from content/sources/sources.yaml, or add the source there; content/sources/sources.yaml gives "kept" to 2 entries (lines 1, 9): if one of them is this source, give it back its id');
  });
});
