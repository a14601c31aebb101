import type { Locale } from '../i18n/ui';

/**
 * `load`, run once per language in a build and shared by every page (treat
 * what it gives as read-only). `astro dev` runs it on every call instead, so
 * an edit to the content shows on the next request.
 */
export function oncePerLocale<T>(load: (locale: Locale) => Promise<T>): (locale: Locale) => Promise<T> {
  const loaded = new Map<Locale, Promise<T>>();
  return (locale) => {
    if (!import.meta.env.PROD) return load(locale);
    let value = loaded.get(locale);
    if (!value) {
      value = load(locale);
      loaded.set(locale, value);
    }
    return value;
  };
}
