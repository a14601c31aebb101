/**
 * One search box and its results, as used by the header dialog and the
 * /search/ page: runs the latest search (never more than one at a time, so
 * fast typing cannot pile searches up), draws the results and says what
 * happened in a polite live region.
 */
import { marksBeginWith, meaninglessStandIns, nearlyMatchedWords, shortenedSearch, withoutWords, wordsOf, type ShortenedSearch } from '../lib/search-fallback';
import { inSiteSpelling, isSearchable, isStopWord, normaliseQuery, typoStarts, withoutStopWords } from '../lib/search-query';
import { nextResultIndex } from '../lib/search-keys';
import type { SearchState } from '../lib/search-url';
import { holdsWord, isListable, MIN_WORD_LETTERS, nearestIndexedWord, slipAmongListed, slipNearEnd } from '../lib/search-words';
import { SearchUnavailableError, loadSearch, loadWordList, runSearch, type SearchBatch } from './search-engine';
import { element, filteredOutMessage, hitItem, noResultsMessage, quoted, unavailableMessage } from './search-render';
import { countLabel, formatCount, searchStrings } from './search-strings';

/** How long a search runs before its status says "Searching…": a quicker one shows its results without a flicker. */
const SEARCHING_AFTER_MS = 300;

/**
 * How long the status line must stay the same before a screen reader hears it. Each keystroke
 * searches and redraws the line at once (for the eyes); read aloud, that was six announcements
 * for "Arevalo", piling up over the typing echo. At 700 ms, a reader typing a key every 0.9 s (a
 * usual pace with a screen reader's echo) still heard a count after each key; 1.4 s is the pause
 * GOV.UK's accessible autocomplete waits before its status is read.
 */
const ANNOUNCE_AFTER_MS = 1400;

export interface SessionElements {
  status: HTMLElement;
  list: HTMLOListElement;
  /** "Show more results", on the /search/ page. */
  more?: HTMLButtonElement;
}

export interface SessionOptions {
  /** Results per batch. */
  limit: number;
  /** What to say before anything is typed. */
  idle: () => (Node | string)[];
  /** How to describe the filters in messages (" in Migration"), if any are set. */
  describeFilters?: (state: SearchState) => string;
  /** Called after each search is drawn. */
  onRender?: (state: SearchState, batch: SearchBatch) => void;
  /** Count matching pages per filter value (for the filter checkboxes). */
  counts?: boolean;
}

export class SearchSession {
  /** The search to run next, and how many results it should show. */
  private pending: { state: SearchState; limit: number } | undefined;
  private running = false;
  /** Whether the status says "Searching…" (a search ran past SEARCHING_AFTER_MS). */
  private searching = false;
  /** What the list shows: the state as the reader set it, the one searched for (see meaningfulSearch), and how many hits. */
  private shown: { state: SearchState; searched: SearchState; batch: SearchBatch; count: number } | undefined;

  constructor(
    private readonly elements: SessionElements,
    private readonly options: SessionOptions,
  ) {
    elements.more?.addEventListener('click', () => void this.showMore());
    announceWhenSettled(elements.status);
  }

  /** Starts loading the index now, so the first query does not wait for it. */
  warm(): void {
    loadSearch().catch((error: unknown) => this.fail(error));
  }

  /** How many results the list shows (more than a batch after "Show more results"). */
  get shownCount(): number {
    return this.shown?.count ?? 0;
  }

  /**
   * Searches for `state`, showing its first `limit` results (a batch unless the reader is returning
   * to more); if a search is running, this one runs next and any older request is dropped.
   */
  search(state: SearchState, limit = this.options.limit): void {
    this.pending = { state, limit };
    if (!this.running) void this.drain();
  }

  private async drain(): Promise<void> {
    this.running = true;
    while (this.pending) {
      const { state, limit } = this.pending;
      this.pending = undefined;
      // A search that takes more than a moment (the first of a visit loads the index, slowly on a
      // slow network) says so, instead of leaving the hint for an empty box under a typed query.
      const slow = setTimeout(() => this.showSearching(this.pending?.state ?? state), SEARCHING_AFTER_MS);
      try {
        const { searched, batch, standIns } = await this.meaningfulSearch(state, limit);
        if (!this.pending) this.render(state, searched, batch, standIns);
      } catch (error) {
        if (!this.pending) this.fail(error);
      } finally {
        clearTimeout(slow);
      }
    }
    this.elements.list.removeAttribute('aria-busy');
    this.searching = false;
    this.running = false;
  }

  /**
   * Runs the search, and again for typed words it could not match, each searched as another word
   * when that finds pages marking it (the status then names the word as typed; render):
   * 1. a word Pagefind could only stand in for by a start too short to mean anything ("Sheinbam"
   *    searched as "She"; search-fallback.ts), as the longest start of it that finds a page for it
   *    ("Sheinba", which finds "Sheinbaum"; typoStarts);
   * 2. a word still unmatched, or every word when nothing was found, as the nearest word the index
   *    holds ("Guatamala" as "Guatemala", "Mexcio" as "Mexico"; search-words.ts), the index's word
   *    list loaded for it;
   * 3. a word the results have only as another word sharing most of its start ("Chiapaz" marked as
   *    "Chiapas"; nearlyMatchedWords), when the index's word list does not hold it in the pages'
   *    spelling, as the one of those words it is a slip from (slipNearEnd), or else as a listed
   *    word it is a slip from that shares more of its start ("fronteriso", marked as "frontera",
   *    as "fronterizo"; slipAmongListed): the status then says there was no exact match;
   * 4. a word of (1) still unmatched is left out, and the search runs without it.
   * The reader gets the pages for the word meant, or for the other words, or none.
   */
  private async meaningfulSearch(state: SearchState, limit: number): Promise<Searched> {
    const language = document.documentElement.lang;
    let batch = await runSearch(state, 0, limit, this.options.counts);
    let query = normaliseQuery(state.query);
    const standIns: Record<string, string> = {};
    if (!isSearchable(query)) return { searched: state, batch, standIns };
    /** Searches with `typo` as `word` instead, and keeps that search if its results mark `word`. A newer query waiting stops it. */
    const searchInstead = async (typo: string, word: string): Promise<boolean> => {
      if (this.pending) return false;
      const repaired = wordsOf(query).map((typed) => (typed === typo ? word : typed)).join(' ');
      const found = await runSearch({ ...state, query: repaired }, 0, limit, this.options.counts);
      if (found.total === 0 || !marksBeginWith(word, matchedWords(found))) return false;
      query = repaired;
      batch = found;
      standIns[typo] = word;
      return true;
    };
    const meaningless = batch.total > 0 && !this.pending ? meaninglessStandIns(withoutStopWords(query, language), matchedWords(batch)) : [];
    for (const typo of meaningless) {
      for (const start of typoStarts(typo)) if (await searchInstead(typo, start)) break;
    }
    const unmatched = this.pending ? [] : unmatchedWords(query, batch, language);
    if (unmatched.length > 0) {
      // Without the list (a failed download), search goes on as if no word were near.
      const indexed = await loadWordList().catch(() => []);
      for (const typo of unmatched) {
        const nearest = nearestIndexedWord(typo, indexed);
        if (nearest) await searchInstead(typo, nearest);
      }
    }
    // Only a word of the kind the list holds can be checked against it: "lex" marked as "ley" cannot.
    const nearly = this.pending ? [] : [...nearlyMatchedWords(withoutStopWords(query, language), matchedWords(batch))].filter(([typed]) => !Object.hasOwn(standIns, typed) && isListable(typed));
    if (nearly.length > 0) {
      // A word the index holds as searched ("defense" is searched as the pages' "defence") is no typo,
      // whatever the results mark; without the list, none is named. Another form of a word stays
      // as typed ("cartels" marked as "cartel"; slipNearEnd).
      const indexed = await loadWordList().catch(() => undefined);
      for (const [typo, marked] of nearly) {
        if (!indexed || holdsWord(indexed, inSiteSpelling(typo, language))) continue;
        const meant = slipNearEnd(typo, marked) ?? slipAmongListed(typo, marked, indexed);
        if (meant) await searchInstead(typo, meant);
      }
    }
    const left = meaningless.filter((typo) => wordsOf(query).includes(typo));
    if (left.length === 0) return { searched: { ...state, query }, batch, standIns };
    const searched = { ...state, query: withoutWords(query, left) };
    // Stop words alone ("the" of "the Sheinbaun") are in every page: no answer either.
    const rest = searched.query.split(' ').filter((word) => word && !isStopWord(word, language));
    return { searched, batch: rest.length > 0 && isSearchable(searched.query) ? await runSearch(searched, 0, limit, this.options.counts) : { hits: [], total: 0, counts: {} }, standIns };
  }

  /**
   * Says "Searching…" once, without the query: the reader types on while the index loads, and a
   * status naming each query would be out of date or, read aloud, one announcement a keystroke.
   */
  private showSearching(state: SearchState): void {
    if (this.searching || !isSearchable(normaliseQuery(state.query))) return;
    this.searching = true;
    this.elements.list.setAttribute('aria-busy', 'true');
    this.elements.status.replaceChildren(searchStrings().searching);
  }

  private async showMore(): Promise<void> {
    if (!this.shown || this.running) return;
    const { state, searched, count } = this.shown;
    const next = await runSearch(searched, count, this.options.limit);
    if (this.shown?.state !== state) return;
    const first = this.elements.list.children.length;
    this.elements.list.append(...next.hits.map(hitItem));
    this.shown.count += next.hits.length;
    this.updateMore();
    this.elements.list.children[first]?.querySelector('a')?.focus();
  }

  private render(state: SearchState, searched: SearchState, batch: SearchBatch, standIns: Readonly<Record<string, string>>): void {
    const { list, status } = this.elements;
    const query = normaliseQuery(state.query);
    const filters = this.options.describeFilters?.(state) ?? '';
    const strings = searchStrings();
    list.replaceChildren(...batch.hits.map(hitItem));
    list.dataset.query = state.query;
    this.shown = { state, searched, batch, count: batch.hits.length };
    this.updateMore();
    if (!isSearchable(query) && !filters) {
      status.replaceChildren(...(query ? [strings.keepTyping] : this.options.idle()));
    } else if (batch.total === 0) {
      // The filters are to blame only when the words alone find pages: the counts beside the filters say so.
      const elsewhere = Object.values(batch.counts).some((counts) => Object.values(counts).some((count) => count > 0));
      status.replaceChildren(...(!isSearchable(query) ? [strings.noPages] : filters && elsewhere ? filteredOutMessage(query, filters, state) : noResultsMessage(query)));
    } else {
      // Stop words were not searched for (search-engine.ts), so no result marks them: not a word missing.
      const language = document.documentElement.lang;
      const kept = wordsOf(withoutStopWords(normaliseQuery(searched.query), language));
      const typed = wordsOf(withoutStopWords(query, language));
      // A typo searched as another word ("Sheinba" for "Sheinbam", "Guatemala" for "Guatamala"; meaningfulSearch) is named as typed.
      const misspelt = typed.filter((word) => !kept.includes(word) && Object.hasOwn(standIns, word) && kept.includes(standIns[word]));
      const dropped = typed.filter((word) => !kept.includes(word) && !misspelt.includes(word));
      const asTyped = kept.map((word) => misspelt.find((typo) => standIns[typo] === word && !typed.includes(word)) ?? word);
      const shortened = isSearchable(query) ? shortenedSearch(asTyped.join(' '), matchedWords(batch), dropped, Object.fromEntries(misspelt.map((typo) => [typo, standIns[typo]]))) : undefined;
      const what = !isSearchable(query)
        ? countLabel(batch.total)
        : shortened
          ? shortenedStatus(shortened, countLabel(batch.total))
          : strings.resultsFor(countLabel(batch.total), quoted(query));
      const showing = batch.total > batch.hits.length && !this.elements.more ? strings.showingFirst(formatCount(batch.hits.length)) : '';
      // Said, not only shown: a new order is otherwise a silent change for a screen reader.
      const order = state.sort === 'updated' ? strings.updatedFirst : '';
      status.replaceChildren(`${what}${filters}.${order}${showing}`);
    }
    this.options.onRender?.(state, batch);
  }

  private updateMore(): void {
    const { more } = this.elements;
    if (more && this.shown) more.hidden = this.shown.count >= this.shown.batch.total;
  }

  private fail(error: unknown): void {
    const reason = error instanceof SearchUnavailableError ? error.reason : 'load';
    this.elements.status.replaceChildren(...unavailableMessage(reason));
    if (reason === 'load') console.warn('Search failed:', error);
  }
}

/**
 * Hands the status line's live region to a hidden copy that repeats it once it has stayed the same
 * for ANNOUNCE_AFTER_MS: the line still changes as the reader types, and is said once they pause.
 * (Without the script the line keeps its own role="status", which is then the only one.)
 */
function announceWhenSettled(status: HTMLElement): void {
  const announcer = element('p', 'sr-only');
  announcer.setAttribute('role', 'status');
  announcer.dataset.searchAnnouncer = '';
  status.removeAttribute('role');
  status.after(announcer);
  let timer: ReturnType<typeof setTimeout> | undefined;
  new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(() => (announcer.textContent = status.textContent), ANNOUNCE_AFTER_MS);
  }).observe(status, { childList: true, characterData: true, subtree: true });
}

/**
 * "No exact match for “x”. 4 results for “y” and similar words: “z”": what Pagefind searched
 * for when it could not match every word typed, naming the words it did find as well.
 */
function shortenedStatus(shortened: ShortenedSearch, results: string): string {
  const strings = searchStrings();
  const similar = shortened.similar.length > 0 ? [strings.similarWords(shortened.similar.map(quoted).join(', '))] : [];
  return strings.noExactMatch(shortened.missing.map(quoted)) + strings.resultsFor(results, strings.allOf([...shortened.found.map(quoted), ...similar]));
}

/** What meaningfulSearch searched for: the state, the batch it found, and each typed word searched as another (typed → searched). */
interface Searched {
  searched: SearchState;
  batch: SearchBatch;
  standIns: Record<string, string>;
}

/**
 * The typed words worth searching for as the nearest indexed word: every word of MIN_WORD_LETTERS
 * or more when nothing was found, else those the results do not have (shortenedSearch). Stop words
 * are not searched for, so never missing.
 */
function unmatchedWords(query: string, batch: SearchBatch, language: string): string[] {
  const searched = withoutStopWords(query, language);
  const missing = batch.total === 0 ? wordsOf(searched) : (shortenedSearch(searched, matchedWords(batch))?.missing ?? []);
  return missing.filter((word) => Array.from(word).length >= MIN_WORD_LETTERS);
}

/** Every word Pagefind marked in a batch's hits, their headings included: the words it matched. */
function matchedWords(batch: SearchBatch): string[] {
  return batch.hits.flatMap((hit) => hit.matched);
}

/**
 * Arrow keys move between the search box and the result links (↓ into the
 * list, ↑ back to the box; Home and End jump within the list), and typing on
 * a result goes back into the box. Enter on a result follows its link.
 */
export function bindResultKeys(input: HTMLInputElement, list: HTMLElement): void {
  const onKey = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a[data-hit]')];
    const current = event.target === input ? -1 : links.indexOf(event.target as HTMLAnchorElement);
    if (current === -1 && event.target !== input) return;
    const next = nextResultIndex(current, links.length, event.key);
    if (next !== undefined) {
      event.preventDefault();
      (next === -1 ? input : links[next]).focus();
    } else if (current >= 0 && (event.key.length === 1 || event.key === 'Backspace')) {
      // Focus moves before the key's default action, so the character lands in the box.
      input.focus();
    }
  };
  input.addEventListener('keydown', onKey);
  list.addEventListener('keydown', onKey);
}
