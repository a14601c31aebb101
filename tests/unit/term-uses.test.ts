import { describe, expect, it } from 'vitest';
import { termIdsInPage, unknownTermIds } from '../../src/lib/term-uses';

const page = ['---', 'title: "Terms: a page"', 'terms:', '  - ganseg', '  - pnc', 'summary: On ganseg and other things.', '---', '', 'The <Term id="ganseg">GANSEG</Term> met.', '', '```mdx', '<Term id="example">x</Term>', '```', 'The <Term id="pnc">PNC</Term> and <Term id="ganseg">group</Term>.'].join('\n');

describe('the glossary ids a page names', () => {
  it("reads its terms list and its body's <Term> tags (each once, as the page's citations read them), not code fences", () => {
    expect(termIdsInPage(page)).toEqual(['ganseg', 'pnc', 'ganseg', 'pnc']);
    expect(termIdsInPage('---\nterms: [x\n---\n<Term id="y">y</Term>')).toEqual(['y']);
  });

  it('names an unknown id once, with the lines of its list entry and its tags, and the nearest known id', () => {
    const problems = unknownTermIds('content/explainers/p.mdx', page, termIdsInPage(page), new Set(['gansegs', 'pnc']), 'content/glossary/terms.yaml', 'content/es/glossary/terms.yaml');
    expect(unknownTermIds('p.mdx', page, ['ganseg'], new Set(['ganseg-group', 'pnc']), 'g.yaml', 'es.yaml')[0].fix).toContain('(did you mean "ganseg-group"?)');
    expect(problems).toEqual([
      {
        file: 'content/explainers/p.mdx',
        field: 'glossary id',
        found: '"ganseg" is not in content/glossary/terms.yaml (terms, line 4; body, lines 9, 14)',
        fix: 'use an id from content/glossary/terms.yaml (did you mean "gansegs"?), or add the term there (with its Spanish text in content/es/glossary/terms.yaml)',
      },
    ]);
  });
});
