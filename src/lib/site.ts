/**
 * Site-wide settings that do not depend on the language. Words (the site's
 * name, which is also its publisher name, and its description) are in
 * src/i18n/ui.ts under `site`, per language.
 */
export const SITE = {
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  themeColor: { light: '#ffffff', dark: '#12161c' },
} as const;
