/**
 * A source's reader-facing text in another language, laid over the English by
 * source id: its notes (how a date was found, why there is no URL, why it is
 * read with care) and, where the English describes the publisher in English
 * words ("EFE via Infobae", "(Spanish service)"), the publisher; and a title
 * in square brackets, which is this site's description of a page that showed
 * no headline. Every English note and description needs its translation, and a
 * translated note needs an English note; a headline is shown as published, never
 * translated. Anything else is a content problem naming the file, the source
 * and the fix. A publisher without a translation keeps its English form (most are names).
 */
import { CONTENT_FILES } from './content-files';
import type { ContentProblem } from './errors';
import { unknownTranslationIds } from './translation-ids';

export const NOTE_FIELDS = ['dateNote', 'urlNote', 'note'] as const;
export type NoteField = (typeof NOTE_FIELDS)[number];
export type SourceNotes = Partial<Record<NoteField, string>>;
/** The translatable text of a source. */
export type SourceText = { publisher: string; title?: string } & SourceNotes;

/** A title in square brackets describes, in this site's words, a page that showed no headline. */
export const isDescribedTitle = (title: string): boolean => title.startsWith('[');

/**
 * The text of every source of `english` in the language of `translated` (the
 * entries of `file`), by id.
 */
export function translateSources(
  english: ({ id: string } & SourceText)[],
  translated: ({ id: string; publisher?: string; title?: string } & SourceNotes)[],
  file: string,
): { texts: Map<string, SourceText>; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const byId = new Map(translated.map((entry) => [entry.id, entry]));
  const known = new Set(english.map((source) => source.id));
  const texts = new Map<string, SourceText>();
  for (const source of english) {
    const translation = byId.get(source.id);
    const result: SourceText = { publisher: translation?.publisher ?? source.publisher };
    if (source.title !== undefined) {
      const title = translation?.title;
      const field = `${source.id}: title`;
      if (!isDescribedTitle(source.title)) {
        if (title) problems.push({ file, field, found: `a translation of the headline "${source.title}"`, fix: 'remove it: a headline is shown as published; only a [description] in square brackets is translated' });
      } else if (!title) {
        const fix = translation ? `add title: '[…]' to the entry with id: ${source.id}` : `add an entry with id: ${source.id} and its title translated, in square brackets`;
        problems.push({ file, field, found: `no translation of the English description ${source.title}`, fix });
      } else if (!isDescribedTitle(title)) {
        problems.push({ file, field, found: `"${title}", not in square brackets`, fix: "keep the square brackets: they mark a description in this site's words" });
      } else {
        result.title = title;
      }
    }
    for (const field of NOTE_FIELDS) {
      const original = source[field];
      const text = translation?.[field];
      if (original && text) result[field] = text;
      else if (original) {
        problems.push({ file, field: `${source.id}: ${field}`, found: `no translation of the English ${field} "${original}"`, fix: translation ? `add ${field} to the entry with id: ${source.id}` : `add an entry with id: ${source.id} and its ${field} translated` });
      } else if (text) {
        problems.push({ file, field: `${source.id}: ${field}`, found: `a ${field} the English source does not have`, fix: `remove it, or add the English ${field} to ${CONTENT_FILES.sources}` });
      }
    }
    texts.set(source.id, result);
  }
  problems.push(...unknownTranslationIds(translated.map((entry) => entry.id), known, file, CONTENT_FILES.sources));
  return { texts, problems };
}
