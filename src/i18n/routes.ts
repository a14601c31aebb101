/** Static paths for pages published in every language: `[...lang]` is empty for English, "es" for Spanish. */
import { LOCALES, DEFAULT_LOCALE, type Locale } from './ui';

export function localeParams(): { params: { lang: string | undefined }; props: { locale: Locale } }[] {
  return LOCALES.map((locale) => ({ params: { lang: locale === DEFAULT_LOCALE ? undefined : locale }, props: { locale } }));
}
