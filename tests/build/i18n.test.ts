/** The Spanish edition: every page exists in both languages, and the pairs point at each other. */
import { describe, expect, it } from 'vitest';
import { htmlFiles, page, routeOf } from '../helpers/dist';

const routes = htmlFiles()
  .map(routeOf)
  .filter((route) => !route.endsWith('404.html') && !route.includes('/briefs/pack/print'));
const english = routes.filter((route) => !route.startsWith('/es/'));
const spanish = routes.filter((route) => route.startsWith('/es/'));

describe('Spanish edition', () => {
  it('has a Spanish page for every English page', () => {
    const missing = english.filter((route) => !spanish.includes(`/es${route}`));
    expect(missing).toEqual([]);
  });

  it('has an English page for every Spanish page', () => {
    const missing = spanish.filter((route) => !english.includes(route.slice(3)));
    expect(missing).toEqual([]);
  });

  it.each(english)('%s and its Spanish page name each other with hreflang', (route) => {
    const en = page(route);
    const es = page(`/es${route}`);
    const pathOf = (href: string | undefined) => (href ? new URL(href).pathname : undefined);
    expect(en('html').attr('lang')).toBe('en');
    expect(es('html').attr('lang')).toBe('es');
    expect(pathOf(en('link[rel="alternate"][hreflang="es"]').attr('href'))).toBe(`/es${route}`);
    expect(pathOf(es('link[rel="alternate"][hreflang="en"]').attr('href'))).toBe(route);
    expect(pathOf(en('link[rel="alternate"][hreflang="en"]').attr('href'))).toBe(route);
    expect(pathOf(es('link[rel="alternate"][hreflang="es"]').attr('href'))).toBe(`/es${route}`);
  });

  it('keeps the source article in English on the Spanish page, under a labelled translation', () => {
    const $ = page('/es/article/');
    expect($('.article-text').attr('lang')).toBe('en');
    expect($('.article-translation').text()).toContain('Traducción y resumen de este sitio');
  });

  it.each(['/es/explainers/la-mesilla-incident/', '/es/explainers/timeline/', '/es/sources/'])('%s marks the English notes of the sources file as English (WCAG 3.1.2)', (route) => {
    const $ = page(route);
    // "from URL", "from mirror": how a source's date was found, written in English in content/sources/sources.yaml.
    const notes = $('.source-entry span').filter((_, el) => /^(from URL|from mirror)$/.test($(el).text()));
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.filter((_, el) => $(el).attr('lang') !== 'en').length).toBe(0);
  });

  it('cites a Spanish page in Spanish, on screen and on paper', () => {
    const $ = page('/es/explainers/the-border/');
    const apa = $('#cite-apa').text();
    const chicago = $('#cite-chicago').text();
    const bibtex = $('#cite-bibtex').text();
    expect(apa).toMatch(/^México y Guatemala: seguridad, explicada\. \(\d{4}, \d{1,2} de [a-z]+\)\. La frontera/);
    expect(chicago).toMatch(/«[^»]+»\. Última modificación: \d{1,2} de [a-z]+ de \d{4}\. https?:\/\/\S+\/es\/explainers\/the-border\/\.$/);
    expect(bibtex).toContain('langid       = {spanish}');
    expect($('.print-cite-as').text().replace(/\s+/g, ' ')).toContain(`Cómo citar: ${apa}`);
    const english = /Retrieved|Last modified|Last updated|n\.d\.|January|February|March|April|May|June|July|August|September|October|November|December/;
    expect([apa, chicago, bibtex].join('\n')).not.toMatch(english);
    // The English page keeps the English forms.
    expect(page('/explainers/the-border/')('#cite-chicago').text()).toMatch(/Last modified [A-Z][a-z]+ \d{1,2}, \d{4}\./);
  });
});
