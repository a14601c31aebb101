/** "Cite this page" and the printed "Cite as" line: each format in each language the site is published in. */
import { describe, expect, it } from 'vitest';
import { apaCitation, bibtexCitation, chicagoCitation } from '../../src/lib/cite-formats';

const english = { title: 'The border', publisher: 'MG Explainer', url: 'https://x.org/explainers/the-border/', updated: new Date('2026-11-27T00:00:00Z') };
const spanish = { title: 'La frontera', publisher: 'México y Guatemala: seguridad, explicada', url: 'https://x.org/es/explainers/the-border/', updated: new Date('2026-11-27T00:00:00Z') };

describe('cite formats in English', () => {
  it('APA 7: date after the author, month before day, no retrieval date', () => {
    expect(apaCitation(english, 'en')).toBe('MG Explainer. (2026, November 27). The border. https://x.org/explainers/the-border/');
    expect(apaCitation(english)).toBe(apaCitation(english, 'en'));
  });

  it('Chicago: title in curly quotes with the full stop inside, last-modified date', () => {
    expect(chicagoCitation(english, 'en')).toBe('MG Explainer. “The border.” Last modified November 27, 2026. https://x.org/explainers/the-border/.');
  });

  it('BibTeX: an English note and no language field', () => {
    const entry = bibtexCitation(english, 'mgexplainer-the-border-2026', 'en');
    expect(entry).toBe(
      [
        '@misc{mgexplainer-the-border-2026,',
        '  title        = {The border},',
        '  author       = {{MG Explainer}},',
        '  year         = {2026},',
        '  note         = {Last updated 2026-11-27},',
        '  howpublished = {\\url{https://x.org/explainers/the-border/}}',
        '}',
      ].join('\n'),
    );
  });
});

describe('cite formats in Spanish', () => {
  it('APA 7 in Spanish: "(2026, 27 de noviembre)", lower-case month, no retrieval date', () => {
    expect(apaCitation(spanish, 'es')).toBe('México y Guatemala: seguridad, explicada. (2026, 27 de noviembre). La frontera. https://x.org/es/explainers/the-border/');
  });

  it('Chicago in Spanish: «» with the full stop outside, "Última modificación: 27 de noviembre de 2026"', () => {
    expect(chicagoCitation(spanish, 'es')).toBe(
      'México y Guatemala: seguridad, explicada. «La frontera». Última modificación: 27 de noviembre de 2026. https://x.org/es/explainers/the-border/.',
    );
  });

  it('BibTeX keeps its fields and adds language and langid', () => {
    const entry = bibtexCitation(spanish, 'mgexplainer-the-border-2026', 'es');
    expect(entry).toBe(
      [
        '@misc{mgexplainer-the-border-2026,',
        '  title        = {La frontera},',
        '  author       = {{México y Guatemala: seguridad, explicada}},',
        '  year         = {2026},',
        '  note         = {Última actualización: 2026-11-27},',
        '  howpublished = {\\url{https://x.org/es/explainers/the-border/}},',
        '  language     = {spanish},',
        '  langid       = {spanish}',
        '}',
      ].join('\n'),
    );
  });

  it('uses no English words or month names', () => {
    const all = [apaCitation(spanish, 'es'), chicagoCitation(spanish, 'es'), bibtexCitation(spanish, 'k', 'es')].join('\n');
    expect(all).not.toMatch(/Retrieved|Last modified|Last updated|n\.d\.|January|February|March|April|May|June|July|August|September|October|November|December/);
  });

  it('gives every month its Spanish name', () => {
    const months = Array.from({ length: 12 }, (_, month) => apaCitation({ ...spanish, updated: new Date(Date.UTC(2026, month, 1)) }, 'es'));
    expect(months.map((text) => /\(2026, 1 de (\w+)\)/.exec(text)?.[1])).toEqual(['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre']);
  });

  it('escapes BibTeX special characters in the Spanish note and title too', () => {
    expect(bibtexCitation({ ...spanish, title: 'A & B_c' }, 'k', 'es')).toContain('title        = {A \\& B\\_c}');
  });
});
