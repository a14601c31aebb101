/** Site-wide constants. */
export const SITE = {
  title: 'Mexico–Guatemala Security Explainer',
  shortTitle: 'MX–GT Explainer',
  description:
    'A sourced explainer on the Mexico–Guatemala security relationship: the January 2026 offer of help, the June 2025 La Mesilla incident, the border, migration and organized crime.',
  publisher: 'Mexico–Guatemala Security Explainer',
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  lang: 'en',
  themeColor: { light: '#ffffff', dark: '#12161c' },
} as const;
