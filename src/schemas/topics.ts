/**
 * The closed list of topics an explainer can be filed under, with their
 * labels in each language. Adding a topic means adding it here; the schema
 * rejects anything else.
 */
import type { Locale } from '../i18n/ui';

export const TOPIC_LABELS = {
  'security-cooperation': { en: 'Security cooperation', es: 'Cooperación en seguridad' },
  diplomacy: { en: 'Diplomacy', es: 'Diplomacia' },
  'cross-border-incident': { en: 'The La Mesilla incident', es: 'El incidente de La Mesilla' },
  border: { en: 'The border', es: 'La frontera' },
  'organized-crime': { en: 'Organized crime', es: 'Crimen organizado' },
  migration: { en: 'Migration', es: 'Migración' },
  leaders: { en: 'Leaders and institutions', es: 'Líderes e instituciones' },
  reference: { en: 'Reference', es: 'Material de consulta' },
} as const satisfies Record<string, Record<Locale, string>>;

export type Topic = keyof typeof TOPIC_LABELS;

export const TOPIC_IDS = Object.keys(TOPIC_LABELS) as [Topic, ...Topic[]];

/** A topic's label in a language. */
export function topicLabel(topic: Topic, locale: Locale = 'en'): string {
  return TOPIC_LABELS[topic][locale];
}
