/**
 * The closed list of topics an explainer can be filed under.
 * Adding a topic means adding it here (with its label); the schema rejects anything else.
 */
export const TOPICS = {
  'security-cooperation': 'Security cooperation',
  diplomacy: 'Diplomacy',
  'cross-border-incident': 'The La Mesilla incident',
  border: 'The border',
  'organized-crime': 'Organized crime',
  migration: 'Migration',
  leaders: 'Leaders and institutions',
  reference: 'Reference',
} as const;

export type Topic = keyof typeof TOPICS;

export const TOPIC_IDS = Object.keys(TOPICS) as [Topic, ...Topic[]];
