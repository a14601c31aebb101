/**
 * The page map: which page each search record belongs to, with what search
 * needs to know about the page without downloading any record. Pagefind
 * ranks records (sections); search shows pages, each at its best section.
 * Grouping, the topic and type filters, their counts and the sort by date all
 * run on this map in the browser, so a query costs one Pagefind search and
 * one small download per result shown.
 *
 * One map per language index, named after that index's hash
 * (`pagefind/pages.en_1a2b3c4d5e.json`), so a new build never meets a stale
 * map in a browser cache; and beside it that index's word list
 * (`pagefind/words.en_1a2b3c4d5e.json`, search-words.ts).
 */
import { gunzipSync } from 'node:zlib';
import { buildWordList } from './search-words';

export interface MappedPage {
  /** Site path without the base: "/explainers/migration/". */
  url: string;
  /** Topic ids. */
  topics: string[];
  /** Type id: "explainer", "reference" or "article". */
  type: string;
  /** Last updated, YYYY-MM-DD, or "" when unknown. */
  updated: string;
  /** Id of the page's top record (title and summary), for listings without a query. */
  top: string;
}

export interface PageMap {
  pages: MappedPage[];
  /** Record id (Pagefind's fragment hash) → index in `pages`. */
  records: Record<string, number>;
}

interface Fragment {
  url: string;
  /** The record's indexed text. */
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

/** Pagefind's files are gzip with a 12-byte signature ("pagefind_dcd") inside. */
function decode(bytes: Uint8Array): Fragment {
  return JSON.parse(gunzipSync(bytes).subarray('pagefind_dcd'.length).toString('utf8')) as Fragment;
}

/** The URL of a record, from its fragment file. */
export function fragmentUrl(bytes: Uint8Array): string {
  return decode(bytes).url;
}

/** Each language of an index, with its hash and its records (id and fragment), from Pagefind's files. */
function languagesOf(files: readonly { path: string; content: Uint8Array }[]): { language: string; hash: string; records: { id: string; fragment: Fragment }[] }[] {
  const entryFile = files.find((file) => file.path === 'pagefind-entry.json');
  if (!entryFile) throw new Error('Pagefind wrote no pagefind-entry.json');
  const entry = JSON.parse(Buffer.from(entryFile.content).toString('utf8')) as { languages: Record<string, { hash: string }> };
  return Object.entries(entry.languages).map(([language, { hash }]) => ({
    language,
    hash,
    records: files.flatMap((file) => {
      const match = /^fragment\/(([a-z-]+)_[0-9a-f]+)\.pf_fragment$/i.exec(file.path);
      return match && match[2] === language ? [{ id: match[1], fragment: decode(file.content) }] : [];
    }),
  }));
}

/** The page maps for an index, from Pagefind's in-memory files (`index.getFiles()`): file name → JSON. */
export function buildPageMaps(files: readonly { path: string; content: Uint8Array }[]): Map<string, string> {
  const maps = new Map<string, string>();
  for (const { hash, records } of languagesOf(files)) {
    const urls = [...new Set(records.map(({ fragment }) => fragment.url.split('#')[0]))].sort();
    const map: PageMap = {
      pages: urls.map((url) => ({ url, topics: [], type: '', updated: '', top: '' })),
      records: {},
    };
    for (const { id, fragment } of records) {
      const index = urls.indexOf(fragment.url.split('#')[0]);
      const page = map.pages[index];
      page.topics = fragment.filters.topic ?? page.topics;
      page.type = fragment.filters.type?.[0] ?? page.type;
      page.updated = fragment.meta.updated ?? page.updated;
      if (!fragment.url.includes('#')) page.top = id;
      map.records[id] = index;
    }
    maps.set(`pages.${hash}.json`, JSON.stringify(map));
  }
  return maps;
}

/**
 * The word list of each language's index (search-words.ts), from the records' text and their pages'
 * titles, each title once: every record carries its page's title, and the source list's 141 records
 * had made "Sources" the third most used word, the first offered for a typo near it.
 */
export function buildWordLists(files: readonly { path: string; content: Uint8Array }[]): Map<string, string> {
  return new Map(
    languagesOf(files).map(({ hash, records }) => {
      const titles = new Map(records.map(({ fragment }) => [fragment.url.split('#')[0], fragment.meta.title ?? '']));
      return [`words.${hash}.json`, JSON.stringify(buildWordList([...titles.values(), ...records.map(({ fragment }) => fragment.content)]))];
    }),
  );
}
