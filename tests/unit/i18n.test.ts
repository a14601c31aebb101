import { describe, expect, it } from 'vitest';
import { alternatePath, localizePath, parseLocalePath } from '../../src/i18n/paths';
import { t, toLocale, UI } from '../../src/i18n/ui';
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
  it('has every English key in Spanish', () => {
    const keys = (value: object, prefix = ''): string[] =>
      Object.entries(value).flatMap(([key, child]) =>
        child && typeof child === 'object' && !Array.isArray(child) ? keys(child, `${prefix}${key}.`) : [`${prefix}${key}`],
      );
    expect(keys(UI.es).sort()).toEqual(keys(UI.en).sort());
  });
});

describe('dates per locale', () => {
  it('formats Spanish dates the Spanish way', () => {
    expect(formatPartialDate('2025-06-08', 'es')).toBe('8 de junio de 2025');
    expect(formatPartialDate('2025-06', 'es')).toBe('junio de 2025');
    expect(formatPartialDate('2025', 'es')).toBe('2025');
  });
});
