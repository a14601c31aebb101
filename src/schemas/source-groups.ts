/**
 * The groups the /sources/ page sorts sources into, in the order it shows them. A source's
 * `group` must be one of these (collections.ts), and each needs its heading in every
 * language (`sourcesPage.groups` in src/i18n/ui.ts, typed by this list, so a missing one
 * fails the type check instead of leaving a group's sources off the page).
 */
export const SOURCE_GROUPS = ['january-2026-offer', 'june-2025-incident', 'leaders-and-cooperation', 'background'] as const;

export type SourceGroup = (typeof SOURCE_GROUPS)[number];
