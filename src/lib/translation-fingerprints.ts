/**
 * Whether a Spanish entry of a list (an event, a glossary term, a source's notes) still translates
 * its English entry. A Spanish page carries `updated:` and is compared with its English page's; a
 * list entry has no date, so a corrected English event, definition or note left its Spanish text
 * saying the old thing, without a word. Each Spanish entry now records, as `translates:`, a short
 * fingerprint of the English text its list translates (TRANSLATED_FIELDS), written when it was last
 * brought up to date. An English text changed since gives another fingerprint, and the build says which entry
 * to bring up to date and what to write once it is. Like a Spanish page older than its English page,
 * it does not stop the build (the English correction can go out at once), and npm test fails until
 * it is done.
 */
import { createHash } from 'node:crypto';
import { yamlLines } from './yaml-lines';

/** The field of a Spanish entry that holds its fingerprint. */
export const TRANSLATES = 'translates';

/**
 * The English fields each Spanish list translates, whether or not a given Spanish entry writes them
 * (a Spanish event without `places` shows the English places): a note or place added in English,
 * or a field dropped from the Spanish entry, changes nothing here but the English text can.
 */
export const TRANSLATED_FIELDS = {
  timeline: ['event', 'dateNote', 'places'],
  glossary: ['term', 'definition'],
  sources: ['publisher', 'title', 'dateNote', 'urlNote', 'note'],
} as const satisfies Record<string, readonly string[]>;

/** A list entry as parsed from YAML: an id and its fields. */
export type ListEntry = { id: string } & Record<string, unknown>;

/**
 * Eight letters (a to p) standing for the English text of `fields` of `english`, as written in its
 * file. Letters, not hex digits: YAML would read "12345678" as a number and "1e345678" as infinity.
 */
export function textFingerprint(english: ListEntry, fields: readonly string[]): string {
  const text = JSON.stringify([...fields].sort().map((field) => [field, english[field] ?? null]));
  const hex = createHash('sha256').update(text).digest('hex').slice(0, 8);
  return Array.from(hex, (digit) => 'abcdefghijklmnop'[parseInt(digit, 16)]).join('');
}

/** A Spanish entry whose fingerprint is not its English entry's text's. */
export interface OutdatedEntry {
  id: string;
  /** Its position in the Spanish list, and its English entry's in the English list, from 0. */
  at: { spanish: number; english: number };
  /** The translated fields its English entry has. */
  fields: string[];
  /** What `translates:` should say once the Spanish text is brought up to date. */
  fingerprint: string;
  /** What it says now; undefined when the entry has no `translates:` yet. */
  written: string | undefined;
}

/**
 * The Spanish entries whose fingerprint does not match the English text of `fields` in their
 * English entry. An entry with no English entry is left to the check that names it.
 */
export function outdatedEntries(english: readonly unknown[], spanish: readonly unknown[], fields: readonly string[]): OutdatedEntry[] {
  const isEntry = (entry: unknown): entry is ListEntry => !!entry && typeof entry === 'object' && typeof (entry as ListEntry).id === 'string';
  const originals = new Map(english.flatMap((entry, index) => (isEntry(entry) ? [[entry.id, { entry, index }] as const] : [])));
  return spanish.flatMap((entry, index) => {
    const original = isEntry(entry) ? originals.get(entry.id) : undefined;
    if (!isEntry(entry) || !original) return [];
    const fingerprint = textFingerprint(original.entry, fields);
    const value = entry[TRANSLATES];
    const written = typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
    if (written === fingerprint) return [];
    return [{ id: entry.id, at: { spanish: index, english: original.index }, fields: fields.filter((field) => original.entry[field] !== undefined), fingerprint, written }];
  });
}

/**
 * One line of the build's "still to do" for each outdated entry of the Spanish list `file`
 * (its English list `englishFile`), with both entries' lines and the fingerprint to write.
 */
export function outdatedTranslationWarnings(outdated: readonly OutdatedEntry[], texts: { file: string; text: string; englishFile: string; englishText: string }): string[] {
  if (!outdated.length) return [];
  const [spanishLine, englishLine] = [yamlLines(texts.text, 1), yamlLines(texts.englishText, 1)];
  return outdated.map(({ id, at, fields, fingerprint, written }) => {
    const where = `${texts.file}, entry "${id}" (line ${spanishLine([at.spanish])})`;
    const english = `${texts.englishFile}, line ${englishLine([at.english])}`;
    const what = fields.join(', ');
    return written === undefined
      ? `${where} has no ${TRANSLATES}: line, which says which English text it translates (${what}): check it against the English entry (${english}), then write ${TRANSLATES}: ${fingerprint} in it.`
      : `${where} translates an older English text: the English text (${what}) changed since (${english}). Bring the Spanish up to date, then change ${TRANSLATES}: ${written} to ${TRANSLATES}: ${fingerprint}.`;
  });
}
