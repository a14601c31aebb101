import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_PARAM } from '../../src/lib/search-config';
import { searchTypeOf, TOPIC_FILTER_IDS } from '../../src/lib/search-filters';
import { applyFilters, facetCounts, groupByPage, pageTops, phraseFirst, pickLanguage, rankedLike, sortHits } from '../../src/lib/search-grouping';
import { highlightTerms, requestedHighlights, withHighlight } from '../../src/lib/search-highlight';
import { splitIntoSections } from '../../src/lib/search-index-sections';
import { buildPageMaps, buildWordLists, type PageMap } from '../../src/lib/search-page-map';
import { nextResultIndex } from '../../src/lib/search-keys';
import { MAX_SIMILAR, marksBeginWith, meaninglessStandIns, nearlyMatchedWords, shortenedSearch, withoutWords } from '../../src/lib/search-fallback';
import { SHOWN_QUERY_LENGTH, SITE_SPELLINGS, inSiteSpelling, isSearchable, isStopWord, normaliseQuery, phraseQuery, shorterQueries, shownQuery, typoStarts, withoutStopWords } from '../../src/lib/search-query';
import { excerptParts, markWords, marksText, matchedInContent, toSearchHit } from '../../src/lib/search-results';
import { arrivedFromResult, isSearchShortcut } from '../../src/lib/search-shortcuts';
import { EMPTY_SEARCH, historyAction, keptResultsView, readSearchState, resultsToShow, searchQueryString } from '../../src/lib/search-url';

const key = (key: string, modifiers: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...modifiers,
});

describe('search shortcuts', () => {
  it('Ctrl+K and ⌘K open search; no single key does (WCAG 2.1.4)', () => {
    expect(isSearchShortcut(key('k', { ctrlKey: true }))).toBe(true);
    expect(isSearchShortcut(key('K', { metaKey: true }))).toBe(true);
    expect(isSearchShortcut(key('k'))).toBe(false);
    expect(isSearchShortcut(key('/'))).toBe(false);
    expect(isSearchShortcut(key('k', { ctrlKey: true, altKey: true }))).toBe(false);
    expect(isSearchShortcut(key('/', { ctrlKey: true }))).toBe(false);
  });

  it('recognises a page opened from a result by the same parameter result links carry', () => {
    expect(arrivedFromResult(`?${HIGHLIGHT_PARAM}=Ar%C3%A9valo`)).toBe(true);
    expect(arrivedFromResult('?q=GANSEG')).toBe(false);
    expect(arrivedFromResult('')).toBe(false);
  });
});

describe('moving through results with arrow keys', () => {
  it('↓ from the box enters the list and stops at the last result', () => {
    expect(nextResultIndex(-1, 3, 'ArrowDown')).toBe(0);
    expect(nextResultIndex(1, 3, 'ArrowDown')).toBe(2);
    expect(nextResultIndex(2, 3, 'ArrowDown')).toBe(2);
  });

  it('↑ from the first result returns to the box', () => {
    expect(nextResultIndex(0, 3, 'ArrowUp')).toBe(-1);
    expect(nextResultIndex(-1, 3, 'ArrowUp')).toBe(-1);
  });

  it('Home and End jump within the list but leave the caret alone in the box', () => {
    expect(nextResultIndex(1, 3, 'Home')).toBe(0);
    expect(nextResultIndex(0, 3, 'End')).toBe(2);
    expect(nextResultIndex(-1, 3, 'Home')).toBeUndefined();
  });

  it('does nothing with no results or other keys', () => {
    expect(nextResultIndex(-1, 0, 'ArrowDown')).toBeUndefined();
    expect(nextResultIndex(0, 3, 'a')).toBeUndefined();
  });
});

describe('queries', () => {
  it('are tidied: composed accents, single spaces', () => {
    expect(normaliseQuery('  Tecu\u0301n   Uma\u0301n ')).toBe('Tecún Umán');
  });

  it('need two letters or digits before searching', () => {
    expect(isSearchable('a')).toBe(false);
    expect(isSearchable('"a"')).toBe(false);
    expect(isSearchable('é1')).toBe(true);
    expect(isSearchable('GANSEG')).toBe(true);
  });

  it('that find nothing are tried again with a shorter last word, down to four letters', () => {
    expect(shorterQueries('Pakalzzqx')).toEqual(['Pakalzzq', 'Pakalzz', 'Pakalz', 'Pakal', 'Paka']);
    expect(shorterQueries('La Mesillaz')).toEqual(['La Mesilla', 'La Mesill', 'La Mesil', 'La Mesi']);
    expect(shorterQueries('Umánx')).toEqual(['Umán']);
    expect(shorterQueries('GANSEG.x')).toEqual(['GANSEG', 'GANSE', 'GANS']);
    expect(shorterQueries('ab')).toEqual([]);
  });
});

describe('stop words and the phrase as typed', () => {
  it('searches without the stop words of the page\'s language when a word of substance remains', () => {
    expect(withoutStopWords('cinturon de fuego', 'es')).toBe('cinturon fuego');
    expect(withoutStopWords('Juan Ramón de la Fuente', 'es')).toBe('Juan Ramón Fuente');
    expect(withoutStopWords('state of siege', 'en')).toBe('state siege');
    expect(withoutStopWords('The border', 'en')).toBe('border');
    // An English stop word is a word of substance on a Spanish page, and the other way round.
    expect(withoutStopWords('de la Fuente', 'en')).toBe('de la Fuente');
    expect(withoutStopWords('the border', 'es-MX')).toBe('the border');
  });

  it('keeps a query of stop words alone, and a phrase the reader quoted, as typed', () => {
    expect(withoutStopWords('de la', 'es')).toBe('de la');
    expect(withoutStopWords('"de la Fuente"', 'es')).toBe('"de la Fuente"');
  });

  it('knows stop words whatever their case, in either language when none is given', () => {
    expect(isStopWord('La', 'es')).toBe(true);
    expect(isStopWord('La', 'en')).toBe(false);
    expect(isStopWord('THE')).toBe(true);
    expect(isStopWord('Fuente')).toBe(false);
  });

  it('leaves out the words of a question, in either language', () => {
    expect(withoutStopWords('what did Sheinbaum offer', 'en')).toBe('Sheinbaum offer');
    expect(withoutStopWords('who is the foreign minister', 'en')).toBe('foreign minister');
    expect(withoutStopWords('¿Qué ofreció Sheinbaum?', 'es')).toBe('ofreció Sheinbaum?');
    expect(withoutStopWords('quién es el canciller', 'es')).toBe('canciller');
  });

  it('searches the words as typed too, unless the reader quoted them', () => {
    expect(phraseQuery('de la Fuente')).toBe('"de la Fuente"');
    expect(phraseQuery('AP')).toBe('"AP"');
    expect(phraseQuery('"de la Fuente"')).toBeUndefined();
  });

  it('ranks the sections with the phrase first, then the others, each group in the looser search\'s order', () => {
    const records = (...ids: string[]) => ids.map((id) => ({ id }));
    expect(phraseFirst(records('c', 'a'), records('a', 'b', 'c', 'd')).map((r) => r.id)).toEqual(['a', 'c', 'b', 'd']);
    expect(phraseFirst([], records('a', 'b')).map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('ranks a quoted phrase\'s sections, which Pagefind leaves in address order, as its words unquoted rank them', () => {
    const records = (...ids: string[]) => ids.map((id) => ({ id, from: 'phrase' }));
    const loose = ['d', 'x', 'b', 'a'].map((id) => ({ id }));
    const ranked = rankedLike(records('a', 'b', 'c', 'd'), loose);
    // The phrase search's records (their excerpts mark the phrase), those the looser search lacks last.
    expect(ranked.map((r) => r.id)).toEqual(['d', 'b', 'a', 'c']);
    expect(ranked.every((r) => r.from === 'phrase')).toBe(true);
    expect(rankedLike(records('a'), [])).toEqual(records('a'));
  });

  it('keeps first a page the looser search ranks first by its title and summary: the page about the query', () => {
    const records = (...ids: string[]) => ids.map((id) => ({ id }));
    const top = (id: string) => id.endsWith('0');
    expect(phraseFirst(records('c1', 'b1'), records('a0', 'b1', 'c1'), top).map((r) => r.id)).toEqual(['a0', 'b1', 'c1']);
    expect(phraseFirst(records('c1'), records('a0', 'b1', 'c1'), top).map((r) => r.id)).toEqual(['a0', 'c1', 'b1']);
    // A page top further down moves with its group, like any section.
    expect(phraseFirst(records('c1'), records('b1', 'a0', 'c1'), top).map((r) => r.id)).toEqual(['c1', 'b1', 'a0']);
  });
});

describe('a query as the status line repeats it', () => {
  it('is whole up to its length, else cut at a word with an ellipsis', () => {
    expect(shownQuery('La Mesilla')).toBe('La Mesilla');
    // The status line quotes it: the reader's own quotation marks are not doubled.
    expect(shownQuery('"state of siege"')).toBe('state of siege');
    expect(shownQuery('"state of siege" Huehuetenango')).toBe('‘state of siege’ Huehuetenango');
    expect(shownQuery('"state of siege')).toBe('state of siege');
    const long = 'police officers crossed the border into Guatemala in pursuit of armed men from Chiapas';
    const shown = shownQuery(long);
    expect(Array.from(shown).length).toBeLessThanOrEqual(SHOWN_QUERY_LENGTH);
    expect(shown).toBe('police officers crossed the border into Guatemala in…');
    // One long word is cut within it.
    expect(shownQuery('x'.repeat(300))).toBe(`${'x'.repeat(SHOWN_QUERY_LENGTH - 1)}…`);
  });
});

describe('matched words beyond the excerpt', () => {
  it('are the words of the section at Pagefind\'s locations, split at white space, without their punctuation', () => {
    const content = 'What happened. On 8 June 2025 Chiapas police entered La Mesilla, Guatemala.';
    expect(matchedInContent({ content, locations: [1, 9, 10] })).toEqual(['happened', 'La', 'Mesilla']);
    expect(matchedInContent({ content, locations: [99] })).toEqual([]);
    expect(matchedInContent({ content })).toEqual([]);
  });
});

describe('the starts of a typo to search for in its place', () => {
  it('run longest first, each leaving off at most three letters and keeping at least five', () => {
    expect(typoStarts('Sheinbam')).toEqual(['Sheinba', 'Sheinb', 'Shein']);
    expect(typoStarts('Guatamala')).toEqual(['Guatamal', 'Guatama', 'Guatam']);
    // "Menc" would find "mención".
    expect(typoStarts('Mencho')).toEqual(['Mench']);
    expect(typoStarts('Pakal')).toEqual([]);
    expect(typoStarts('Arévalp')).toEqual(['Aréval', 'Aréva']);
  });

  it('count as found only when a marked word begins with the whole start', () => {
    expect(marksBeginWith('Sheinba', ['Sheinbaum’s', 'Petén'])).toBe(true);
    expect(marksBeginWith('areval', ['Arévalo'])).toBe(true);
    // Pagefind searched "men" for "Mench".
    expect(marksBeginWith('Mench', ['menos', 'men'])).toBe(false);
  });
});

describe('a query Pagefind shortened (a word not in the index)', () => {
  it('names the typed word and the words the results have instead, as the pages spell them, each once', () => {
    expect(shortenedSearch('Pakalzzqx', ['Pakal', 'Pakales', 'pakal'])).toEqual({ missing: ['Pakalzzqx'], similar: ['Pakal', 'Pakales'], found: [] });
    expect(shortenedSearch('elections', ['president-elect'])).toEqual({ missing: ['elections'], similar: ['president-elect'], found: [] });
    expect(shortenedSearch('arevaloxyzw', ['Arévalo'])).toEqual({ missing: ['arevaloxyzw'], similar: ['Arévalo'], found: [] });
    // Half of a short word is no stem of it: Pagefind searched "men" for a name it lacks.
    expect(shortenedSearch('Mencho', ['menos', 'men'])).toEqual({ missing: ['Mencho'], similar: ['menos', 'men'], found: [] });
  });

  it('leaves out the words of a longer query that were found', () => {
    expect(shortenedSearch('La Mesilla shootoutxyzw', ['La', 'Mesilla', 'shootout'])).toEqual({ missing: ['shootoutxyzw'], similar: ['shootout'], found: ['La', 'Mesilla'] });
  });

  it('names a word no result even begins like, beside the words that were found', () => {
    // Pagefind leaves out a word it cannot match at all: "Ring of Fire" found "fired" only.
    expect(shortenedSearch(withoutStopWords('Ring of Fire', 'en'), ['fired'])).toEqual({ missing: ['Ring'], similar: [], found: ['Fire'] });
    expect(shortenedSearch('Belize hurricane', ['Belize', 'Belize’s'])).toEqual({ missing: ['hurricane'], similar: [], found: ['Belize'] });
  });

  it(`names at most ${MAX_SIMILAR} similar words`, () => {
    expect(shortenedSearch('borderxyzw', ['border', 'borders', 'Border Patrol', 'bordering', 'borderland'])?.similar).toHaveLength(MAX_SIMILAR);
  });

  it('is not a shortened search when every word was found, as typed, stemmed, begun or without accents', () => {
    expect(shortenedSearch('Pakal', ['Pakal', 'Pakales'])).toBeUndefined();
    expect(shortenedSearch('cooperating', ['cooperation'])).toBeUndefined();
    expect(shortenedSearch('Guatemalans', ['Guatemalan'])).toBeUndefined();
    expect(shortenedSearch('gobernadores', ['gobernador'])).toBeUndefined();
    for (const [typed, found] of [['countries', 'country'], ['policies', 'policy'], ['países', 'país'], ['mujeres', 'mujer'], ['civiles', 'civil']]) {
      expect(shortenedSearch(typed, [found]), typed).toBeUndefined();
    }
    // The stop words of a query are not searched for, so no result marks them (search-session.ts).
    expect(shortenedSearch(withoutStopWords('Ejército en la frontera', 'es'), ['Ejército', 'frontera'])).toBeUndefined();
    expect(shortenedSearch(withoutStopWords('army and police', 'en'), ['army', 'police'])).toBeUndefined();
    expect(shortenedSearch('Mesil', ['Mesilla'])).toBeUndefined();
    expect(shortenedSearch('Arevalo', ['Arévalo']), 'accents').toBeUndefined();
    expect(shortenedSearch('estado de sitio', ['estado', 'de', 'sitio'])).toBeUndefined();
  });

  it('names a typo searched by a start of it as missing, with the words found for it', () => {
    // "Sheinbam" was searched as "Sheinba" (search-session.ts): the results have "Sheinbaum", which stemming alone would call the word.
    expect(shortenedSearch('Sheinbam', ['Sheinbaum', 'Sheinbaum’s'], [], { Sheinbam: 'Sheinba' })).toEqual({ missing: ['Sheinbam'], similar: ['Sheinbaum', 'Sheinbaum’s'], found: [] });
    expect(shortenedSearch('Sheinbam Petén', ['Sheinbaum', 'Petén', 'she'], [], { Sheinbam: 'Sheinba' })).toEqual({ missing: ['Sheinbam'], similar: ['Sheinbaum'], found: ['Petén'] });
  });

  it('names a typo searched as the nearest indexed word as missing, with that word, though they share only a short start', () => {
    // "Guatamala" shares "Guat", four of nine letters, with "Guatemala": by its start alone it would have no similar word.
    expect(shortenedSearch('Guatamala', ['Guatemala', 'Guatemala’s', 'Guatemalan', 'gua'], [], { Guatamala: 'Guatemala' })).toEqual({ missing: ['Guatamala'], similar: ['Guatemala', 'Guatemala’s', 'Guatemalan'], found: [] });
    // The word it was searched as leads, wherever the results marked it: the first result's excerpt had "Mexico’s".
    expect(shortenedSearch('Mexcio', ['Mexico’s', 'Mexico–Guatemala', 'mexico'], [], { Mexcio: 'Mexico' })).toEqual({ missing: ['Mexcio'], similar: ['mexico', 'Mexico’s', 'Mexico–Guatemala'], found: [] });
    expect(shortenedSearch('Chiapas polise', ['Chiapas', 'police'], [], { polise: 'police' })).toEqual({ missing: ['polise'], similar: ['police'], found: ['Chiapas'] });
  });

  it('never names a one-letter word: the marks leave lone letters out', () => {
    expect(shortenedSearch('8 June 2025', ['8', 'June', '2025'])).toBeUndefined();
    expect(shortenedSearch('Arevalo s', ['Arévalo’s'])).toBeUndefined();
  });

  it('says nothing when nothing was marked to tell by', () => {
    expect(shortenedSearch('Pakalzzqx', [])).toBeUndefined();
    expect(shortenedSearch('zzqxv', ['GANSEG'])).toBeUndefined();
  });

  it('counts the words searched again without as missing, and takes no lone letter of a mark for a stand-in', () => {
    // "Sheinbaun Arevalo" was searched again as "Arevalo"; the "s" of "Arévalo’s" is not a start of "Sheinbaun".
    expect(shortenedSearch('Arevalo', ['Arévalo’s', 'Arévalo'], ['Sheinbaun'])).toEqual({ missing: ['Sheinbaun'], similar: [], found: ['Arevalo'] });
    expect(shortenedSearch('Sheinbaun Arevalo', ['Arévalo’s'])).toEqual({ missing: ['Sheinbaun'], similar: [], found: ['Arevalo'] });
  });
});

describe('a stand-in too short to mean anything', () => {
  it('is half the typed word or less: the search runs again without that word', () => {
    expect(meaninglessStandIns('Sheinbaun', ['She', 'she'])).toEqual(['Sheinbaun']);
    expect(meaninglessStandIns('defense minister', ['De', 'minister'])).toEqual(['defense']);
    expect(meaninglessStandIns('Mencho', ['menos', 'men'])).toEqual(['Mencho']);
    // A mark of one letter alone: "X" (the social network), the Spanish "o" and "y".
    expect(meaninglessStandIns('xyzzy', ['X'])).toEqual(['xyzzy']);
    expect(meaninglessStandIns('Obrador', ['o', 'O'])).toEqual(['Obrador']);
    expect(meaninglessStandIns('Yucatan', ['y'])).toEqual(['Yucatan']);
    // A letter split off a longer mark is not one: "Arévalo’s" is no stand-in for "spending".
    expect(meaninglessStandIns('spending', ['Arévalo’s'])).toEqual([]);
  });

  it('leaves a plain query of the other words, without the punctuation or quotation marks around them', () => {
    expect(withoutWords('Sheinbaun, Arevalo', ['Sheinbaun'])).toBe('Arevalo');
    expect(withoutWords('"Sheinbaun Arevalo"', ['Sheinbaun'])).toBe('Arevalo');
    expect(withoutWords('Sheinbaun?', ['Sheinbaun'])).toBe('');
  });

  it('is not a stem, a begun word, more than half the word, or a word nothing was marked for', () => {
    expect(meaninglessStandIns('Pakalzzqx', ['Pakal', 'Pakales'])).toEqual([]);
    expect(meaninglessStandIns('elections', ['president-elect'])).toEqual([]);
    expect(meaninglessStandIns('países mujeres Mesil', ['país', 'mujer', 'Mesilla'])).toEqual([]);
    expect(meaninglessStandIns('Belize hurricane', ['Belize'])).toEqual([]);
    expect(meaninglessStandIns('AP', ['AP', 'apoyo'])).toEqual([]);
  });

  it("measures a plural by its singular: a stem sharing half of \"killings\" is more than half of \"killing\"", () => {
    expect(meaninglessStandIns('killings', ['killed'])).toEqual([]);
    expect(meaninglessStandIns('killing', ['killed'])).toEqual([]);
    // Only a final s, and only in a word long enough to be a plural of five letters or more.
    expect(meaninglessStandIns('killingz', ['killed'])).toEqual(['killingz']);
    expect(meaninglessStandIns('Mencho', ['menos', 'men'])).toEqual(['Mencho']);
    expect(meaninglessStandIns('asesinatos', ['as'])).toEqual(['asesinatos']);
    expect(meaninglessStandIns('deportaciones', ['deportivo'])).toEqual(['deportaciones']);
    expect(meaninglessStandIns('arms', ['ar'])).toEqual(['arms']);
  });
});

describe('a word the results have only as another word sharing most of it', () => {
  it('is a typo near the end, or another form of the word: listed with the marked words, most letters shared first', () => {
    expect(nearlyMatchedWords('Chiapaz', ['Chiapas', 'Chiapa de Corzo'])).toEqual(new Map([['Chiapaz', ['Chiapas', 'Chiapa']]]));
    expect(nearlyMatchedWords('fronteriso', ['frontera', 'fronterizo', 'frontier'])).toEqual(new Map([['fronteriso', ['fronterizo', 'frontera']]]));
    expect(nearlyMatchedWords('policies', ['policy', 'police'])).toEqual(new Map([['policies', ['policy', 'police']]]));
  });

  it('ignores case and accents, and lists each spelling once', () => {
    expect(nearlyMatchedWords('policias', ['policía', 'Policía', 'POLICÍA'])).toEqual(new Map([['policias', ['policía']]]));
  });

  it('is not a word some marked word begins with in full, a word barely begun, or a lone letter', () => {
    expect(nearlyMatchedWords('Chiapas migra', ['Chiapas', 'migration'])).toEqual(new Map());
    // "Mencho" shares only "men" with "menos": a shortened search (meaninglessStandIns), not a near match.
    expect(nearlyMatchedWords('Mencho', ['menos', 'men'])).toEqual(new Map());
    expect(nearlyMatchedWords('Pakalzzqx', ['Pakal'])).toEqual(new Map());
    expect(nearlyMatchedWords('8 June', ['June'])).toEqual(new Map());
  });
});

describe('Spellings the pages do not use', () => {
  it('become the pages\' spelling on the English site, whole words only, whatever their case', () => {
    expect(inSiteSpelling('Defense minister', 'en')).toBe('defence minister');
    expect(inSiteSpelling('Organised crime', 'en')).toBe('organized crime');
    expect(inSiteSpelling('work program', 'en-GB')).toBe('work programme');
    expect(inSiteSpelling('defenseless programmer', 'en')).toBe('defenseless programmer');
  });

  it('stay as typed on the Spanish site', () => {
    expect(inSiteSpelling('defense', 'es')).toBe('defense');
  });

  it('are changed only where the English pages use the other spelling and never the typed one', () => {
    // Every English text search indexes or shows: the verbatim article too, which spells "stabilize".
    const files = ['content/article/article.md', 'content/home/home.yaml', 'content/sources/sources.yaml', 'content/timeline/events.yaml', 'content/glossary/terms.yaml', ...readdirSync('content/explainers').map((name) => `content/explainers/${name}`)];
    const words = new Set(files.flatMap((file) => readFileSync(file, 'utf8').toLowerCase().match(/\p{L}+/gu) ?? []));
    for (const typed of Object.keys(SITE_SPELLINGS)) {
      expect(words.has(typed), `the pages write "${typed}": searching for it needs no change`).toBe(false);
    }
    // Each pair's stem at least: a pair the pages no longer use at all is dead weight in the search bundle.
    for (const spelling of new Set(Object.values(SITE_SPELLINGS).map((word) => word.slice(0, 6)))) {
      expect([...words].some((word) => word.startsWith(spelling)), `no English page has a word beginning "${spelling}"`).toBe(true);
    }
  });
});

describe('search state in the URL', () => {
  it('round-trips query, filters and sort', () => {
    const state = { query: 'estado de sitio', topics: ['migration', 'border'], types: ['reference'], sort: 'updated' as const };
    const text = searchQueryString(state);
    expect(text).toBe('?q=estado+de+sitio&topic=migration&topic=border&type=reference&sort=updated');
    expect(readSearchState(text)).toEqual({ ...state, topics: ['border', 'migration'] });
    // Reference is a type, offered once: an old ?topic=reference asks for it.
    expect(TOPIC_FILTER_IDS).not.toContain('reference');
    expect(readSearchState('?q=x&topic=reference&topic=migration')).toEqual({ query: 'x', topics: ['migration'], types: ['reference'], sort: 'relevance' });
  });

  it('keeps accents and leaves out defaults', () => {
    expect(searchQueryString({ ...EMPTY_SEARCH, query: 'Arévalo' })).toBe('?q=Ar%C3%A9valo');
    expect(readSearchState('?q=Ar%C3%A9valo').query).toBe('Arévalo');
    expect(searchQueryString(EMPTY_SEARCH)).toBe('');
  });

  it('drops unknown topics, types and sorts instead of guessing', () => {
    expect(readSearchState('?topic=nope&topic=migration&type=blog&sort=random')).toEqual({ ...EMPTY_SEARCH, topics: ['migration'] });
  });

  it('adds a history entry at the first keystroke of a new search, replaces it while typing, and adds one on submit or a filter change', () => {
    const typed = { ...EMPTY_SEARCH, query: 'La Mes' };
    // From a search the reader reached: Back must return to it.
    expect(historyAction(typed, { ...typed, query: 'G' }, 'typing')).toBe('push');
    expect(historyAction({ ...typed, query: 'G' }, { ...typed, query: 'GA' }, 'typing', true)).toBe('replace');
    // From the empty page: nothing to return to but the page before.
    expect(historyAction(EMPTY_SEARCH, typed, 'typing')).toBe('replace');
    expect(historyAction(EMPTY_SEARCH, typed, 'submit')).toBe('push');
    expect(historyAction(typed, { ...typed, topics: ['border'] }, 'filter')).toBe('push');
    expect(historyAction(typed, { ...typed, topics: ['border'] }, 'filter', true)).toBe('push');
    expect(historyAction(typed, { ...typed }, 'submit')).toBe('none');
  });

  it('reads back the results shown and the scroll kept in a history entry, and nothing else', () => {
    expect(keptResultsView({ shown: 20, scrollY: 1416.5 })).toEqual({ shown: 20, scrollY: 1416.5 });
    expect(keptResultsView({ shown: 10, scrollY: 0, other: 'kept by another script' })).toEqual({ shown: 10, scrollY: 0 });
    for (const state of [null, undefined, 'x', 3, {}, { shown: 0, scrollY: 0 }, { shown: 1.5, scrollY: 0 }, { shown: '20', scrollY: 0 }, { shown: 20 }, { shown: 20, scrollY: -1 }, { shown: 20, scrollY: Number.NaN }, { shown: 20, scrollY: Infinity }]) {
      expect(keptResultsView(state), JSON.stringify(state)).toBeUndefined();
    }
    // A first visit shows a batch; a return, as many as were shown, never fewer than a batch.
    expect(resultsToShow(undefined, 10)).toBe(10);
    expect(resultsToShow({ shown: 23, scrollY: 0 }, 10)).toBe(23);
    expect(resultsToShow({ shown: 4, scrollY: 0 }, 10)).toBe(10);
  });
});

describe('filters', () => {
  it('file glossary-style pages under the reference type', () => {
    expect(searchTypeOf(['leaders', 'reference'])).toBe('reference');
    expect(searchTypeOf(['migration'])).toBe('explainer');
  });
});

describe('excerpts', () => {
  it('split into plain and marked runs, with punctuation outside the mark', () => {
    expect(excerptParts('said <mark>Arévalo,</mark> the <mark>president</mark>.')).toEqual([
      { text: 'said ', marked: false },
      { text: 'Arévalo', marked: true },
      { text: ', the ', marked: false },
      { text: 'president', marked: true },
      { text: '.', marked: false },
    ]);
  });

  it('lose the space left where a note mark was cut out', () => {
    expect(excerptParts('runs to 2030 . <mark>Arévalo</mark> attended ( twice ) .').map((part) => part.text).join('|')).toBe('runs to 2030. |Arévalo| attended ( twice).');
  });

  it('hold the ellipses where Pagefind cut the text to their words, so none starts or ends a line alone', () => {
    expect(excerptParts('… the <mark>SRE’s</mark> …').map((part) => part.text)).toEqual(['…\u00a0the ', 'SRE’s', '\u00a0…']);
    expect(excerptParts('… said it was held …').map((part) => part.text)).toEqual(['…\u00a0said it was held\u00a0…']);
  });

  it('keep page text as text: escaped brackets come back, and nothing else is markup', () => {
    expect(excerptParts('a &lt;b&gt; <img src=x> c')).toEqual([{ text: 'a <b> <img src=x> c', marked: false }]);
  });
});

describe('highlighting on the next page', () => {
  it('uses the matched words, once each, leaving out short ones when a longer word matched', () => {
    const parts = excerptParts('<mark>La</mark> <mark>Mesilla</mark> and <mark>la</mark> <mark>mesilla</mark> <mark>Arévalo</mark>');
    expect(highlightTerms(parts)).toEqual(['Mesilla', 'Arévalo']);
    expect(highlightTerms(excerptParts('<mark>EU</mark> and <mark>eu</mark>'))).toEqual(['EU']);
    // A possessive asks for the name, which lights up both forms on the page.
    expect(highlightTerms(excerptParts('<mark>Sheinbaum’s</mark> offer, and <mark>Sheinbaum</mark> said'))).toEqual(['Sheinbaum']);
    expect(highlightTerms(excerptParts("<mark>Arévalo's</mark> tour"))).toEqual(['Arévalo']);
    // A phrase's stop words would light up every "del" and "the" on the page.
    expect(highlightTerms(excerptParts('<mark>Cinturón</mark> <mark>del</mark> <mark>Fuego</mark> and <mark>the</mark>'))).toEqual(['Cinturón', 'Fuego']);
    expect(highlightTerms(excerptParts('<mark>del</mark>'))).toEqual(['del']);
  });

  it('adds the words before the #fragment and replaces any already there', () => {
    expect(withHighlight('/mg/explainers/x/#casualties', ['Arévalo', 'La Mesilla'])).toBe(
      '/mg/explainers/x/?pagefind-highlight=Ar%C3%A9valo&pagefind-highlight=La+Mesilla#casualties',
    );
    expect(withHighlight('/x/?a=1&pagefind-highlight=old', ['new'])).toBe('/x/?a=1&pagefind-highlight=new');
    expect(withHighlight('/x/', [])).toBe('/x/');
  });

  it('reads the words back on arrival', () => {
    expect(requestedHighlights('?pagefind-highlight=Ar%C3%A9valo&pagefind-highlight=+&pagefind-highlight=La+Mesilla')).toEqual(['Arévalo', 'La Mesilla']);
  });
});

describe('a search result', () => {
  const record = {
    url: '/explainers/whos-who/#bernardo-arevalo-guatemala',
    excerpt: 'President <mark>Arévalo,</mark> in Guatemala City.',
    meta: { title: "Who's who", section: 'Bernardo Arévalo, Guatemala', updated: '2026-11-27' },
    filters: { type: ['reference'], topic: ['leaders', 'reference'] },
  };

  it('shows page title, section, marked excerpt, type and date, and leads to the section with its words', () => {
    expect(toSearchHit(record)).toEqual({
      url: '/explainers/whos-who/?pagefind-highlight=Ar%C3%A9valo#bernardo-arevalo-guatemala',
      title: "Who's who",
      section: 'Bernardo Arévalo, Guatemala',
      excerpt: [
        { text: 'President ', marked: false },
        { text: 'Arévalo', marked: true },
        { text: ', in Guatemala City.', marked: false },
      ],
      matched: ['Arévalo'],
      type: 'reference',
      updated: '2026-11-27',
    });
  });

  it('leaves out the heading its text starts with, shown just above it, whole or cut', () => {
    const text = (excerpt: string, section?: string) => toSearchHit({ ...record, excerpt, meta: { ...record.meta, section } }).excerpt.map((part) => part.text).join('');
    expect(text('Bernardo <mark>Arévalo,</mark> Guatemala. He took office in 2024.', 'Bernardo Arévalo, Guatemala')).toBe('He took office in 2024.');
    expect(text('… 2025: the <mark>GANSEG</mark> after La Mesilla. On 8 June the group met.', 'June 2025: the GANSEG after La Mesilla')).toBe('On 8 June the group met.');
    // At the top of a page the text starts with the page's title.
    expect(text("Who's who. The presidents and ministers.", undefined)).toBe('The presidents and ministers.');
    // A heading with its own question mark gets no full stop after it.
    expect(text('What happened? Police crossed.', 'What happened?')).toBe('Police crossed.');
    // A timeline event's heading is its date, a line of its own with no full stop; a section's is not.
    expect(text('15 January 2025 Sheinbaum and <mark>Arévalo</mark> spoke.', '15 January 2025')).toBe('Sheinbaum and Arévalo spoke.');
    expect(text('marzo de 2025 Guatemala puso en marcha el Plan.', 'marzo de 2025')).toBe('Guatemala puso en marcha el Plan.');
    expect(text('Cuilco, julio de 2024. En julio de 2024 huyeron.', 'Cuilco, julio de 2024')).toBe('En julio de 2024 huyeron.');
    expect(text('Joint patrols by the army.', 'Joint patrols')).toBe('Joint patrols by the army.');
    expect(text('… de 2024 huyeron.', 'Cuilco, julio de 2024')).toBe('…\u00a0de 2024 huyeron.');
    // Text that only starts like the heading, or a cut one that ends in a word of it without the stop, stays.
    expect(text('Bernardo Arévalo said so.', 'Bernardo Arévalo, Guatemala')).toBe('Bernardo Arévalo said so.');
    expect(text('… in Guatemala City, he said.', 'Bernardo Arévalo, Guatemala')).toBe('…\u00a0in Guatemala City, he said.');
    // The words to highlight, and the words matched, still come from the whole excerpt.
    const cut = toSearchHit({ ...record, excerpt: 'Bernardo <mark>Arévalo,</mark> Guatemala. He took office.' });
    expect(cut.url).toContain('pagefind-highlight=Ar%C3%A9valo');
    expect(cut.matched).toEqual(['Arévalo']);
  });

  it('tells whether an excerpt marks a word outside the heading the result shows apart', () => {
    const data = (excerpt: string, section?: string) => ({ ...record, excerpt, meta: { ...record.meta, section } });
    expect(marksText(data('The 1882 <mark>treaty.</mark> Mexico and Guatemala signed it.', 'The 1882 treaty'))).toBe(false);
    expect(marksText(data('The 1882 treaty. The <mark>treaty</mark> was signed.', 'The 1882 treaty'))).toBe(true);
  });

  it('marks the matched words in the heading when the excerpt was that heading alone, and only then', () => {
    const title = 'Sheinbaum to offer Guatemala’s Arévalo help on security: the source article';
    const top = toSearchHit({ ...record, url: '/article/', excerpt: `Sheinbaum to offer Guatemala’s <mark>Arévalo</mark> help on security: the source article.`, meta: { title } });
    expect(top.excerpt.map((part) => part.text).join('').trim()).toBe('');
    expect(top.headingMarks).toEqual([
      { text: 'Sheinbaum to offer Guatemala’s ', marked: false },
      { text: 'Arévalo', marked: true },
      { text: ' help on security: the source article', marked: false },
    ]);
    // A section's heading, the same way; an excerpt with text of its own marks there instead.
    expect(toSearchHit({ ...record, excerpt: 'Bernardo <mark>Arévalo,</mark> Guatemala.' }).headingMarks?.filter((part) => part.marked)).toEqual([{ text: 'Arévalo', marked: true }]);
    expect(toSearchHit(record).headingMarks).toBeUndefined();
  });

  it('marks whole words only, longest first', () => {
    expect(markWords('La Mesilla and Mesillas', ['Mesilla'])).toEqual([
      { text: 'La ', marked: false },
      { text: 'Mesilla', marked: true },
      { text: ' and Mesillas', marked: false },
    ]);
    // Longest first, and a word with a regular expression's characters in it is taken as spelt.
    expect(markWords('La Mesilla, la frontera, C++', ['La', 'La Mesilla', 'C++'])).toEqual([
      { text: 'La Mesilla', marked: true },
      { text: ', la frontera, ', marked: false },
      { text: 'C++', marked: true },
    ]);
    expect(markWords('No words', [])).toEqual([{ text: 'No words', marked: false }]);
  });

  it('has no section at the top of a page, and ignores a date that is not a date', () => {
    const hit = toSearchHit({ ...record, url: '/explainers/whos-who/', meta: { title: "Who's who", updated: 'soon' } });
    expect(hit).toMatchObject({ section: undefined, updated: undefined, url: '/explainers/whos-who/?pagefind-highlight=Ar%C3%A9valo' });
  });
});

describe('search records, one per section', () => {
  const html = `<!doctype html><html lang="en"><body><header><h2 id="nav">Menu</h2></header>
    <main data-pagefind-body>
      <h1 id="page-title" data-pagefind-meta="title">The border, mapped</h1>
      <p data-pagefind-meta="summary">Where the line runs.</p>
      <span hidden data-pagefind-filter="topic:border"></span>
      <h2 id="crossings">Crossings</h2>
      <p>Tecún Umán and <a href="#x">La Mesilla</a><sup class="cite">[1]</sup>.</p>
      <nav data-pagefind-ignore><h2 id="toc">On this page</h2></nav>
      <dl><div class="glossary-entry" id="term-ganseg"><dt>GANSEG <span>— Grupo</span></dt> <dd>A body.</dd></div></dl>
      <section class="source-list"><h2 id="sources-heading">Sources</h2><p>1. AP.</p></section>
      <h3 id="empty">Nothing under me</h3>
    </main></body></html>`;
  const records = splitIntoSections(html, '/explainers/the-border/', ['.source-list', 'sup.cite']);
  /** The text Pagefind will index: what the record kept, minus what Pagefind skips. */
  const text = (record: { html: string }) => {
    const $ = load(record.html);
    $('[data-pagefind-ignore], .source-list, sup.cite').remove();
    return $('[data-pagefind-body]').text().replace(/\s+/g, ' ').trim();
  };
  const metaOf = (record: { html: string }) => load(record.html)('[data-pagefind-meta]').map((_, el) => load(record.html)(el).attr('data-pagefind-meta')).get();

  it('makes the top of the page, each heading and each glossary entry a record at its own address', () => {
    expect(records.map((record) => record.url)).toEqual([
      '/explainers/the-border/',
      '/explainers/the-border/#crossings',
      '/explainers/the-border/#term-ganseg',
      '/explainers/the-border/#empty',
    ]);
  });

  it('keeps only the section\'s own text, so Pagefind indexes and excerpts that section alone', () => {
    expect(text(records[0])).toBe('The border, mapped Where the line runs.');
    expect(text(records[1])).toBe('Crossings Tecún Umán and La Mesilla.');
    expect(text(records[2])).toBe('GANSEG — Grupo A body.');
    expect(text(records[3])).toBe('Nothing under me');
    // Headings Pagefind skips (a table of contents, the source list) start no record.
    expect(records.some((record) => /#(toc|sources-heading)$/.test(record.url))).toBe(false);
  });

  it('makes no record of a heading with nothing under it but the next heading: its words go with that section', () => {
    const page = `<html><body><main data-pagefind-body><h1>What we don't know</h1>
      <h2 id="ganseg">The GANSEG meetings</h2> <sup class="cite">[1]</sup>
      <h3 id="june">The June meeting</h3><p>A ministerial meeting followed.</p>
      <h2 id="trade">Trade</h2><h3 id="figures">Figures</h3><h4 id="none">Not given</h4>
    </main></body></html>`;
    const split = splitIntoSections(page, '/x/', ['sup.cite']);
    expect(split.map((record) => record.url)).toEqual(['/x/', '/x/#june', '/x/#none']);
    expect(text(split[1])).toBe('The GANSEG meetings The June meetingA ministerial meeting followed.');
    expect(metaOf(split[1])).toContain('section:The June meeting');
    // The last heading keeps the bare ones before it: nothing follows to take them.
    expect(text(split[2])).toBe('TradeFiguresNot given');
    // A bare heading followed by one of its own level or above starts a different subject: it keeps its record.
    const siblings = splitIntoSections('<html><body><main data-pagefind-body><h1>T</h1><h3 id="a">Alone</h3><h2 id="b">Next</h2><p>Text.</p></main></body></html>', '/x/');
    expect(siblings.map((record) => record.url)).toEqual(['/x/', '/x/#a', '/x/#b']);
    // A glossary entry is a section of its own however its text sits.
    expect(records.map((record) => record.url)).toContain('/explainers/the-border/#term-ganseg');
  });

  it('makes each entry of the source list a record titled by its publisher, with the stop after the name kept beside it', () => {
    const list = `<html><body><main data-pagefind-body><h1>Sources</h1>
      <ul><li id="prensalibre-1" class="source-record" data-pagefind-weight="0.5"><span class="source-entry"><b>Prensa Libre</b>. <a href="https://x.example/">PNC destituye a 47 policías</a>. <span class="meta">3 September 2025. Spanish.</span></span></li></ul>
    </main></body></html>`;
    const [, entry] = splitIntoSections(list, '/sources/');
    expect(entry.url).toBe('/sources/#prensalibre-1');
    expect(metaOf(entry)).toContain('section:Prensa Libre');
    const $ = load(entry.html);
    // Weighted as a page's text, not like a heading (a short entry then outranked the explainers for a subject);
    // Pagefind reads a weighted element as words of its own, so the full stop goes inside it: left after it,
    // an excerpt read "Prensa Libre . PNC destituye…".
    expect($('b').attr('data-pagefind-weight')).toBe('1');
    expect($('b').text()).toBe('Prensa Libre.');
    expect(text(entry)).toBe('Prensa Libre. PNC destituye a 47 policías. 3 September 2025. Spanish.');
  });

  it('gives every record the page title, and each section its heading, as metadata', () => {
    expect(metaOf(records[0])).toEqual(['title:The border, mapped', 'summary:Where the line runs.']);
    expect(metaOf(records[2])).toEqual(['title:The border, mapped', 'summary:Where the line runs.', 'section:GANSEG — Grupo']);
  });

  it('keeps only its own id, so a record carries one anchor', () => {
    // Pagefind takes anchors only from inside data-pagefind-body: ids outside it ("nav") are left out too.
    const ids = load(records[1].html)('[id]').map((_, el) => load(records[1].html)(el).attr('id')).get();
    expect(ids).toEqual(['crossings']);
  });

  it('closes the space a dropped note mark or label leaves before punctuation, and only there', () => {
    const page = `<html><body><main data-pagefind-body><h1>T</h1>
      <p>Ended in 2030 <sup class="cite">[4]</sup>. Met <sup class="cite">[5]</sup> <span class="single-source">single source</span>, twice <sup class="cite">[6]</sup> more <sup class="cite">[7]</sup></p>
    </main></body></html>`;
    const [record] = splitIntoSections(page, '/x/', ['sup.cite', '.single-source']);
    const $ = load(record.html);
    $('sup.cite, .single-source').remove();
    expect($('p').text().replace(/ {2,}/g, ' ')).toBe('Ended in 2030. Met, twice more');
  });

  it('gives each block one full stop in an excerpt, as Pagefind would read the record', () => {
    const page = `<html><body><main data-pagefind-body><h1>T</h1>
      <dl><dt>Minex</dt><dd>Guatemala's foreign ministry</dd></dl>
      <table><thead><tr><th>Length</th><th>Source</th></tr></thead><tbody><tr><td>871 km</td><td><sup class="cite">[1]</sup></td></tr></tbody></table>
      <p><time>1882</time><span> (From one source (Wikipedia).)</span></p>
      <h2 id="q">What “no note” means</h2>
      <p>Said “today.” <sup class="cite">[2]</sup></p>
      <p>Ends (as usual)</p>
    </main></body></html>`;
    const [top, section] = splitIntoSections(page, '/x/', ['sup.cite']);
    const $ = load(top.html);
    // Pagefind ends a sentence at div and td, not at dt, dd or th: each stands in for the other here.
    expect($('main dl > div').map((_, element) => $(element).text()).get()).toEqual(['Minex', "Guatemala's foreign ministry"]);
    expect($('main tr').first().children().map((_, element) => element.tagName).get()).toEqual(['td', 'td']);
    // Pagefind adds "." after a block whose last character is ")": a space after ".)" keeps it from doubling.
    expect($('main p').first().text()).toBe('1882 (From one source (Wikipedia).) ');
    // It adds none after "”", so the heading would run into the paragraph below.
    expect(load(section.html)('h2').text()).toBe('What “no note” means');
    expect(load(section.html)('p').first().text()).toBe('Said “today.”');
    expect(load(splitIntoSections(page.replace('means</h2>', 'means “x”</h2>'), '/x/')[1].html)('h2').text()).toBe('What “no note” means “x”.');
    // Its own rule stands where it reads well: "(as usual)." is left to Pagefind.
    expect(load(section.html)('p').last().text()).toBe('Ends (as usual)');
  });

  it('leaves a page without data-pagefind-body as it is', () => {
    const plain = '<!doctype html><html><body><h2 id="a">x</h2></body></html>';
    expect(splitIntoSections(plain, '/404.html')).toEqual([{ url: '/404.html', html: plain }]);
  });
});

describe('the page map', () => {
  const fragment = (data: object) => gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(JSON.stringify(data))]));
  const files = [
    { path: 'pagefind-entry.json', content: Buffer.from(JSON.stringify({ languages: { en: { hash: 'en_123', page_count: 2 }, es: { hash: 'es_456', page_count: 1 } } })) },
    { path: 'fragment/en_aaa.pf_fragment', content: fragment({ url: '/b/#s', meta: { updated: '2026-01-02' }, filters: { topic: ['border'], type: ['explainer'] } }) },
    { path: 'fragment/en_bbb.pf_fragment', content: fragment({ url: '/b/', meta: { updated: '2026-01-02' }, filters: { topic: ['border'], type: ['explainer'] } }) },
    { path: 'fragment/en_ccc.pf_fragment', content: fragment({ url: '/a/', meta: {}, filters: { type: ['article'] } }) },
    { path: 'fragment/es_ddd.pf_fragment', content: fragment({ url: '/es/a/', meta: {}, filters: {} }) },
    { path: 'index/en_x.pf_index', content: Buffer.from('') },
  ];
  const maps = buildPageMaps(files);

  it('is one file per language, named after that index', () => {
    expect([...maps.keys()]).toEqual(['pages.en_123.json', 'pages.es_456.json']);
  });

  it('maps each record to its page, with the page\'s filters, date and top record', () => {
    expect(JSON.parse(maps.get('pages.en_123.json')!)).toEqual({
      pages: [
        { url: '/a/', topics: [], type: 'article', updated: '', top: 'en_ccc' },
        { url: '/b/', topics: ['border'], type: 'explainer', updated: '2026-01-02', top: 'en_bbb' },
      ],
      records: { en_aaa: 1, en_bbb: 1, en_ccc: 0 },
    });
  });
});

describe('the word list for "did you mean"', () => {
  it('counts a page title once, not once for each of its records', () => {
    const fragment = (data: object) => gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(JSON.stringify(data))]));
    const record = (id: string, url: string, content: string) => ({ path: `fragment/en_${id}.pf_fragment`, content: fragment({ url, content, meta: { title: 'Sources' }, filters: {} }) });
    const files = [
      { path: 'pagefind-entry.json', content: Buffer.from(JSON.stringify({ languages: { en: { hash: 'en_1', page_count: 2 } } })) },
      record('a', '/sources/', 'Every source.'),
      ...['b', 'c', 'd'].map((id) => record(id, `/sources/#${id}`, 'Milenio headline.')),
      { path: 'fragment/en_e.pf_fragment', content: fragment({ url: '/b/', content: 'Border border border.', meta: { title: 'Border' }, filters: {} }) },
    ];
    // "Sources" is the title of four records and once a word of the index; "headline" is written three times.
    expect(JSON.parse(buildWordLists(files).get('words.en_1.json')!)).toEqual(['Border', 'headline', 'Milenio', 'Every', 'source', 'Sources']);
  });
});

describe('from ranked sections to pages', () => {
  const map: PageMap = {
    pages: [
      { url: '/a/', topics: ['border'], type: 'explainer', updated: '2026-01-01', top: 'a0' },
      { url: '/b/', topics: ['migration', 'border'], type: 'reference', updated: '2026-03-01', top: 'b0' },
      { url: '/c/', topics: [], type: 'article', updated: '2026-02-01', top: 'c0' },
    ],
    records: { a0: 0, a1: 0, b0: 1, b1: 1, c0: 2 },
  };
  const ranked = ['b1', 'a1', 'b0', 'zz', 'a0', 'c0'].map((id) => ({ id }));
  const urls = (hits: { page: { url: string } }[]) => hits.map((hit) => hit.page.url);

  it('shows each page once, at its best section, in the order of those sections', () => {
    const hits = groupByPage(ranked, map);
    expect(hits.map((hit) => [hit.page.url, hit.record.id])).toEqual([['/b/', 'b1'], ['/a/', 'a1'], ['/c/', 'c0']]);
    // And how many other sections of each page matched: shown beside the result.
    expect(hits.map((hit) => hit.others)).toEqual([1, 1, 0]);
  });

  it('lists every page at its top when there is no query', () => {
    expect(pageTops(ranked, map).map((hit) => hit.record.id)).toEqual(['a0', 'b0', 'c0']);
  });

  it('keeps pages in any chosen topic and any chosen type', () => {
    const hits = groupByPage(ranked, map);
    expect(urls(applyFilters(hits, { topics: ['border'], types: [] }))).toEqual(['/b/', '/a/']);
    expect(urls(applyFilters(hits, { topics: ['border', 'migration'], types: ['reference', 'article'] }))).toEqual(['/b/']);
    expect(urls(applyFilters(hits, { topics: [], types: [] }))).toEqual(['/b/', '/a/', '/c/']);
  });

  it('counts what each box would show: a filter ignores its own choices but respects the other filter', () => {
    const hits = groupByPage(ranked, map);
    expect(facetCounts(hits, { topics: [], types: [] })).toEqual({ topic: { migration: 1, border: 2 }, type: { reference: 1, explainer: 1, article: 1 } });
    expect(facetCounts(hits, { topics: ['migration'], types: ['explainer'] })).toEqual({ topic: { border: 1 }, type: { reference: 1 } });
  });

  it('sorts by last update, latest first, or keeps the ranking', () => {
    const hits = groupByPage(ranked, map);
    expect(urls(sortHits(hits, 'updated'))).toEqual(['/b/', '/c/', '/a/']);
    expect(urls(sortHits(hits, 'relevance'))).toEqual(['/b/', '/a/', '/c/']);
  });

  it('picks the index for the page\'s language as Pagefind does', () => {
    const languages = { en: { page_count: 13 }, es: { page_count: 12 } };
    expect(pickLanguage(languages, 'es')).toBe('es');
    expect(pickLanguage(languages, 'es-MX')).toBe('es');
    expect(pickLanguage(languages, 'fr')).toBe('en');
    expect(pickLanguage({}, 'en')).toBeUndefined();
  });
});
