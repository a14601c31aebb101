/**
 * Whether a Spanish entry of a list (an event, a glossary term, a source's notes) still translates
 * its English entry. A Spanish page carries `updated:` and is compared with its English page's; a
 * list entry has no date, so a corrected English event, definition or note left its Spanish text
 * saying the old thing, without a word. Each Spanish entry now records, as `translates:`, a short
 * fingerprint of the English text of the fields it translates, written when it was last brought up
 * to date. An English text changed since gives another fingerprint, and the build says which entry
 * to bring up to date and what to write once it is. Like a Spanish page older than its English page,
 * it does not stop the build (the English correction can go out at once), and npm test fails until
 * it is done.
 */
import { createHash } from 'node:crypto';

/** The field of a Spanish entry that holds its fingerprint. */
export const TRANSLATES = 'translates';

/** A list entry as parsed from YAML: an id and its fields. */
export type ListEntry = { id: string } & Record<string, unknown>;

/** The fields a Spanish entry translates: all it has but its id and fingerprint. */
export function translatedFields(entry: ListEntry): string[] {
  return Object.keys(entry)
    .filter((field) => field !== 'id' && field !== TRANSLATES)
    .sort();
}

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
  /** The fields it translates. */
  fields: string[];
  /** What `translates:` should say once the Spanish text is brought up to date. */
  fingerprint: string;
  /** What it says now; undefined when the entry has no `translates:` yet. */
  written: string | undefined;
}

/**
 * The Spanish entries whose fingerprint does not match their English entry's text. Entries with no
 * English entry, or with nothing to translate, are left to the checks that name them.
 */
export function outdatedEntries(english: readonly ListEntry[], spanish: readonly ListEntry[]): OutdatedEntry[] {
  const originals = new Map(english.map((entry) => [entry.id, entry]));
  return spanish.flatMap((entry) => {
    const original = originals.get(entry.id);
    const fields = translatedFields(entry);
    if (!original || fields.length === 0) return [];
    const fingerprint = textFingerprint(original, fields);
    const written = typeof entry[TRANSLATES] === 'string' || typeof entry[TRANSLATES] === 'number' ? String(entry[TRANSLATES]) : undefined;
    return written === fingerprint ? [] : [{ id: entry.id, fields, fingerprint, written }];
  });
}

/** The line of the entry with `id` in a list file's text (its "- id:" line), from 1; 0 if not found. */
export function entryLine(text: string, id: string): number {
  return text.split(/\r?\n/).findIndex((line) => /^-\s+id:\s*["']?([^"'\s#]+)/.exec(line)?.[1] === id) + 1;
}

/**
 * One line of the build's "still to do" for each outdated entry of the Spanish list `file`
 * (its English list `englishFile`), with both lines and the fingerprint to write.
 */
export function outdatedTranslationWarnings(outdated: readonly OutdatedEntry[], texts: { file: string; text: string; englishFile: string; englishText: string }): string[] {
  return outdated.map(({ id, fields, fingerprint, written }) => {
    const where = `${texts.file}, entry "${id}" (line ${entryLine(texts.text, id)})`;
    const english = `${texts.englishFile}, line ${entryLine(texts.englishText, id)}`;
    const what = fields.join(', ');
    return written === undefined
      ? `${where} has no ${TRANSLATES}: line, which says which English text its ${what} translates: check it against the English entry (${english}), then write ${TRANSLATES}: ${fingerprint} in it.`
      : `${where} translates an older English text: its English ${what} changed since (${english}). Bring the Spanish up to date, then change ${TRANSLATES}: ${written} to ${TRANSLATES}: ${fingerprint}.`;
  });
}
