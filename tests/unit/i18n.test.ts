import { describe, expect, it } from 'vitest';
import { alternatePath, localizePath, parseLocalePath } from '../../src/i18n/paths';
import { otherLocale, SEARCH_CLIENT_STRINGS, t, toLocale, UI } from '../../src/i18n/ui';
import { formatPartialDate } from '../../src/lib/dates';

describe('localized paths', () => {
  it('keeps English at the root and puts Spanish under /es/', () => {
    expect(localizePath('/article/', 'en')).toBe('/article/');
    expect(localizePath('/article/', 'es')).toBe('/es/article/');
    expect(localizePath('/', 'es')).toBe('/es/');
  });
  it('finds the language of a path', () => {
    expect(parseLocalePath('/es/explainers/migration/')).toEqual({ locale: 'es', path: '/explainers/migration/' });
    expect(parseLocalePath('/es/')).toEqual({ locale: 'es', path: '/' });
    expect(parseLocalePath('/estado/')).toEqual({ locale: 'en', path: '/estado/' });
  });
  it('switches to the same page in the other language', () => {
    expect(alternatePath('/es/sources/', 'en')).toBe('/sources/');
    expect(alternatePath('/sources/', 'es')).toBe('/es/sources/');
  });
});

describe('interface strings', () => {
  it('falls back to English for unknown locales', () => {
    expect(toLocale('fr')).toBe('en');
    expect(t(undefined).nav.search).toBe('Search');
  });
  it('names the other language of each', () => {
    expect([otherLocale('en'), otherLocale('es')]).toEqual(['es', 'en']);
  });
  it('has every English key in Spanish', () => {
    // The map's lookup tables are keyed by English names and place ids, and English needs no entries:
    // tests/unit/locator-map.test.ts checks that Spanish covers every place and label.
    const TABLES = ['locatorMap.labels', 'locatorMap.narrowLabels', 'locatorMap.where'];
    const keys = (value: object, prefix = ''): string[] =>
      Object.entries(value).flatMap(([key, child]) =>
        TABLES.includes(`${prefix}${key}`)
          ? []
          : child && typeof child === 'object' && !Array.isArray(child) ? keys(child, `${prefix}${key}.`) : [`${prefix}${key}`],
      );
    expect(keys(UI.es).sort()).toEqual(keys(UI.en).sort());
  });
});

describe('search strings drawn in the browser', () => {
  const { en, es } = SEARCH_CLIENT_STRINGS;

  it('are the ones each edition carries', () => {
    expect(UI.en.searchClient).toBe(en);
    expect(UI.es.searchClient).toBe(es);
  });
  it('say how many results were found, for what', () => {
    expect(en.resultsFor(en.results.other('4'), en.quote('GANSEG'))).toBe('4 results for “GANSEG”');
    expect(es.resultsFor(es.results.one('1'), es.quote('incursión'))).toBe('1 resultado para “incursión”');
    expect(es.resultsFor(es.results.other('12'), es.quote('migracion'))).toBe('12 resultados para “migracion”');
  });
  it('describe the filters in each language', () => {
    expect(en.describeFilters(['Migration', 'Diplomacy'], ['reference'])).toBe(' in Migration or Diplomacy, reference pages only');
    expect(en.describeFilters([], ['article'])).toBe(', article pages only');
    expect(es.describeFilters(['Migración'], [])).toBe(' en el tema “Migración”');
    expect(es.describeFilters(['Migración', 'Diplomacia'], ['explainer', 'reference'])).toBe(' en los temas “Migración” o “Diplomacia”, solo explicaciones o material de consulta');
    expect(es.describeFilters([], [])).toBe('');
    // Three or more read as a list, not "A or B or C"; Spanish "u" before an "o" sound.
    expect(en.describeFilters(['Migration', 'Diplomacy', 'Organized crime'], [])).toBe(' in Migration, Diplomacy or Organized crime');
    expect(es.describeFilters(['Migración', 'Diplomacia', 'Organizaciones criminales'], [])).toBe(' en los temas “Migración”, “Diplomacia” u “Organizaciones criminales”');
  });
  it('agree the Spanish date label with the kind of page', () => {
    expect(es.updated('explainer')).toBe('Actualizada el ');
    expect(es.updated('reference')).toBe('Actualizado el ');
    expect(es.updated('article')).toBe('Actualizado el ');
  });
  it('offer Spanish pages Spanish example queries', () => {
    expect(UI.es.search.examples).toContain('estado de sitio');
    expect(UI.es.search.examples).not.toEqual(UI.en.search.examples);
  });
});

describe('dates per locale', () => {
  it('formats Spanish dates the Spanish way', () => {
    expect(formatPartialDate('2025-06-08', 'es')).toBe('8 de junio de 2025');
    expect(formatPartialDate('2025-06', 'es')).toBe('junio de 2025');
    expect(formatPartialDate('2025', 'es')).toBe('2025');
  });
});
