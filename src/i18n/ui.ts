/**
 * Every interface string, in every language the site is published in.
 * `UiStrings` lists each string once; a language missing one is a type error.
 */
import type { SearchType } from '../lib/search-filters';
import type { SourceGroup } from '../schemas/source-groups';
import { joinWords, spanishAnd, spanishOr, type Conjunction } from '../lib/word-list';

export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Where else to look when search finds nothing or cannot run: the words around three links (topic index, briefs, sources). */
export interface Elsewhere {
  before: string;
  topics: string;
  comma: string;
  briefs: string;
  between: string;
  sources: string;
  after: string;
}

/**
 * The strings the search code draws in the browser. They sit in their own
 * constants (SEARCH_CLIENT_STRINGS) so the search bundle, which imports only
 * those, carries these strings and none of the rest of this file.
 */
export interface SearchClientStrings {
  /** Before a result's section heading, for screen readers. */
  section: string;
  /** Before a result's date; `type` is the result's kind of page, if known. */
  updated: (type: SearchType | undefined) => string;
  /** Beside a result: how many other sections of its page matched. */
  others: (count: number) => string;
  types: Record<SearchType, string>;
  /** "1 result" / "4 results"; `count` is already formatted for the locale. */
  results: Record<'one' | 'other', (count: string) => string>;
  /** A query quoted in a message. */
  quote: (query: string) => string;
  /** "4 results for “x”" (both parts already made). */
  resultsFor: (results: string, quotedQuery: string) => string;
  /** Before the results when Pagefind searched for less than was typed (src/lib/search-fallback.ts): "No exact match for “x” or “y”. " */
  noExactMatch: (quotedWords: readonly string[]) => string;
  /** The words a search did find, in place of the query in `resultsFor`: "“a” and “b”". */
  allOf: (quotedWords: readonly string[]) => string;
  /** What a shortened search found, in place of the query in `resultsFor`: "similar words: “a”, “b”". */
  similarWords: (quotedWords: string) => string;
  /** " Showing the first 5." when the dialog shows fewer than were found. */
  showingFirst: (count: string) => string;
  /** After the count when results are sorted by date: changing the sort then changes what the status says. */
  updatedFirst: string;
  keepTyping: string;
  /** While a search takes longer than a moment (the first one of a visit loads the index). */
  searching: string;
  /** The status when filters alone (no words typed) match nothing. */
  noPages: string;
  /** The filters in a status line (" in Migration, reference pages only"); empty when none are set. */
  describeFilters: (topics: readonly string[], types: readonly SearchType[]) => string;
  /** Nothing matched: text before the links (topic index, briefs, sources), the links' texts, and the text between and after them. */
  noResults: (quotedQuery: string) => Elsewhere;
  /** When the query finds nothing within the filters set (`filters` from describeFilters): the filters, not the spelling, are the reason to say. */
  filteredOut: (quotedQuery: string, filters: string) => { before: string; clear: string; after: string };
  /** The index failed to load. */
  unavailable: Elsewhere;
  /** `astro dev`: there is no index. `command` parts go in <code>. */
  devOnly: { before: string; build: string; between: string; preview: string; after: string };
  /** The keys the dialog answers to, shown under its results for keyboard users (search-dialog.ts draws them). */
  keys: { down: string; up: string; or: string; move: string; enter: string; open: string; close: string };
}

/**
 * Every word the border locator map (<LocatorMap />) shows or says: caption,
 * legend, credit, the SVG's title, the names of seas and countries drawn on it,
 * and the sentences of its text alternative ("Map as text"). Town, state,
 * department and river names are proper names and stay as the sources spell
 * them. The English `where` of each place lives with its data in
 * src/lib/locator-map-places.ts; other languages give theirs here, by place id.
 */
export interface MapWords {
  caption: string;
  legend: { border: string; otherBorder: string; crossing: string; town: string };
  credit: string;
  asText: string;
  /** The SVG's accessible name. */
  title: string;
  /** Names drawn on the map that are not proper names in this language (English name → shown name). */
  labels: Record<string, string>;
  /** Shorter forms for the narrow (phone) layout, where a longer name would run off the edge. */
  narrowLabels?: Record<string, string>;
  country: { MX: string; GT: string };
  /** Joins the last two items of a list ("a, b and c"). */
  and: Conjunction;
  overview: string;
  states: (names: string) => string;
  departments: (names: string) => string;
  rivers: (pacificRiver: string, petenRiver: string) => string;
  crossingsShown: string;
  townsShown: string;
  describe: (states: string, departments: string, crossings: string) => string;
  /** Where each place is, by crossing or town id; English takes it from the place data. */
  where?: Record<string, string>;
}

export interface UiStrings {
  /** Open Graph locale: British English; Spanish as written for Mexican and Guatemalan readers (es-MX formats). */
  ogLocale: string;
  site: { title: string; description: string; tagline: string };
  /** The Atom feed of explainer updates (/feed.xml, /es/feed.xml): its link title, each entry's "Updated <date>:" line and its rights line. */
  feed: { linkTitle: string; updated: string; rights: (licence: string) => string };
  /** Words on the social cards (/social/…png) that are not a page's own title and summary. */
  socialCard: { articleKicker: string; defaultKicker: string; defaultTitle: string; promise: string };
  skipLink: string;
  nav: { label: string; startHere: string; article: string; timeline: string; glossary: string; sources: string; briefs: string; search: string; homeLabel: string };
  /** The home page's pointer to the briefs, for a reader printing for a meeting: text around two links. */
  homePrint: { heading: string; before: string; briefs: string; between: string; pack: string; after: string };
  /** Before the date of the newest source the site cites, on the home page: how current the site is. */
  homeNewestSource: string;
  theme: { dark: string };
  languageSwitch: { label: string; to: string; missing: string };
  footer: {
    about: string;
    aboutText: string;
    sources: string;
    allSources: string;
    /** The topic index: every explainer by topic. */
    topics: string;
    sourceArticle: string;
    whatWeDontKnow: string;
    licence: string;
    licenceText: string;
    articleRights: string;
    built: string;
  };
  breadcrumb: { label: string; home: string; explainers: string; article: string; sources: string };
  explainer: {
    keyTakeaways: string;
    updated: string;
    reviewed: string;
    minRead: (minutes: number) => string;
    onThisPage: string;
    sources: string;
    /** Start of a back-link's name, read before its visible letter ("Back to citation b"); the visible arrow is drawn by CSS. */
    backToCitation: import('../lib/backlinks').BacklinkWords;
    citeThisPage: string;
    permalink: string;
    copy: string;
    copyLabel: (format: string) => string;
    copied: string;
    copyFailed: string;
    related: string;
    readingPath: string;
    previous: string;
    next: string;
    changelog: string;
    twoPageBrief: string;
    briefPdfLetter: string;
    briefPdfA4: string;
    translationStale: string;
  };
  content: {
    note: string;
    caution: string;
    analysis: string;
    /** The label of a <Callout type="not-found">: what the site looked for and did not find. */
    notFound: string;
    analysisDisclaimer: string;
    accountsDiffer: string;
    accordingTo: string;
    singleSource: string;
    /** After the mark, in the source list of a page that uses it: what the mark means. */
    singleSourceLegend: string;
    dateNotShown: string;
    sourceLabel: (number: number, publisher: string) => string;
    /** Before a timeline event's places: "Place:" for one, "Places:" for more. */
    places: (count: number) => string;
    more: string;
    timelineLabel: string;
    figureSource: string;
    readWithCare: string;
    questionable: string;
    languageNames: Record<string, string>;
  };
  articlePage: {
    kicker: string;
    credit: string;
    dateNotStated: string;
    noteUpdated: string;
    editorsNote: string;
    titleIsOurs: string;
    translationHeading: string;
    translationLabel: string;
    originalHeading: string;
    context: string;
    sources: string;
  };
  sourcesPage: {
    title: string;
    description: string;
    intro: (count: number) => string;
    groupsLabel: string;
    /** Before a source's id, the name its page anchor and the explainers' <Cite id> use. */
    sourceId: string;
    citedIn: string;
    notCited: string;
    articlePage: string;
    groups: Record<SourceGroup, string>;
  };
  searchPage: { title: string; description: string; label: string; placeholder: string; submit: string; topic: string; type: string; sortBy: string };
  /** Search as the server draws it: the header dialog, the /search/ page's form and its no-JavaScript fallback. */
  search: {
    close: string;
    allResults: string;
    resultsLabel: string;
    showMore: string;
    /** Before anything is typed; the example queries follow. */
    idle: string;
    /** Queries that find pages in this language, shown as links after `idle`. */
    examples: readonly string[];
    /** Joins the last two items of a list: " or ". */
    or: string;
    filtersAndSort: string;
    sort: { relevance: string; updated: string };
    /** The trigger's message when the search code itself cannot be fetched. */
    loadFailed: string;
    noScript: { heading: string; intro: string; topics: string; sources: string; glossary: string; timeline: string };
  };
  /** Search as the browser draws it (results and status messages). */
  searchClient: SearchClientStrings;
  topicsPage: { title: string; description: string; intro: string; article: string; sources: string };
  notFound: { title: string; description: string; body: string; home: string; search: string; timeline: string; sources: string };
  locatorMap: MapWords;
  dates: { months: readonly string[]; day: (day: number, month: string, year: string) => string; month: (month: string, year: string) => string };
}

const searchClientEn: SearchClientStrings = {
  section: 'Section: ',
  updated: () => 'Updated ',
  others: (count) => (count === 1 ? 'also in 1 more section' : `also in ${count} more sections`),
  types: { explainer: 'Explainer', reference: 'Reference', article: 'Article', sources: 'Source list' },
  results: { one: (count) => `${count} result`, other: (count) => `${count} results` },
  quote: (query) => `“${query}”`,
  resultsFor: (results, query) => `${results} for ${query}`,
  noExactMatch: (words) => `No exact match for ${joinWords(words, 'or')}. `,
  allOf: (words) => joinWords(words, 'and'),
  similarWords: (words) => `similar words: ${words}`,
  showingFirst: (count) => ` Showing the first ${count}.`,
  updatedFirst: ' Most recently updated first.',
  keepTyping: 'Keep typing: at least two letters.',
  searching: 'Searching…',
  noPages: 'No pages match these filters.',
  describeFilters: (topics, types) => {
    const labels = { explainer: 'explainer', reference: 'reference', article: 'article', sources: 'source list' };
    let text = '';
    if (topics.length) text += ` in ${joinWords(topics, 'or')}`;
    if (types.length) text += `, ${joinWords(types.map((type) => labels[type]), 'or')} pages only`;
    return text;
  },
  filteredOut: (query, filters) => ({ before: `No pages match ${query}${filters}. `, clear: 'Clear the filters', after: ' to search every page.' }),
  noResults: (query) => ({
    before: `No pages match ${query}. Check the spelling, try fewer or other words (names work without accents), or browse the `,
    topics: 'topic index',
    comma: ', the ',
    briefs: 'printable briefs',
    between: ' or ',
    sources: 'all sources',
    after: '.',
  }),
  unavailable: { before: 'Search could not load. Check your connection and try again, or browse the ', topics: 'topic index', comma: ', the ', briefs: 'printable briefs', between: ' or ', sources: 'all sources', after: '.' },
  devOnly: { before: 'Search works only on a built site: the index is made by ', build: 'npm run build', between: '. Build, then run ', preview: 'npm run preview', after: ' to try it.' },
  keys: { down: 'Down arrow', up: 'Up arrow', or: 'or', move: 'to move through results', enter: 'Enter', open: 'to open', close: 'to close' },
};

const searchClientEs: SearchClientStrings = {
  section: 'Sección: ',
  // "Explicación" and "Lista de fuentes" are feminine; "Material de consulta" and "Artículo" are masculine.
  updated: (type) => (type === 'explainer' || type === 'sources' ? 'Actualizada el ' : 'Actualizado el '),
  others: (count) => (count === 1 ? 'también en otra sección' : `también en ${count} secciones más`),
  types: { explainer: 'Explicación', reference: 'Material de consulta', article: 'Artículo', sources: 'Lista de fuentes' },
  results: { one: (count) => `${count} resultado`, other: (count) => `${count} resultados` },
  quote: (query) => `“${query}”`,
  resultsFor: (results, query) => `${results} para ${query}`,
  noExactMatch: (words) => `No hay coincidencias exactas para ${joinWords(words, 'ni')}. `,
  allOf: (words) => joinWords(words, spanishAnd),
  similarWords: (words) => `palabras parecidas: ${words}`,
  showingFirst: (count) => ` Se muestran los primeros ${count}.`,
  updatedFirst: ' Primero, los actualizados más recientemente.',
  keepTyping: 'Siga escribiendo: hacen falta al menos dos letras.',
  searching: 'Buscando…',
  noPages: 'Ninguna página coincide con estos filtros.',
  describeFilters: (topics, types) => {
    const labels = { explainer: 'explicaciones', reference: 'material de consulta', article: 'el artículo original', sources: 'la lista de fuentes' };
    const quoted = topics.map((topic) => `“${topic}”`);
    let text = '';
    if (topics.length) text += ` en ${topics.length === 1 ? 'el tema' : 'los temas'} ${joinWords(quoted, spanishOr)}`;
    if (types.length) text += `, solo ${joinWords(types.map((type) => labels[type]), spanishOr)}`;
    return text;
  },
  filteredOut: (query, filters) => ({ before: `No hay resultados para ${query}${filters}. `, clear: 'Quite los filtros', after: ' para buscar en todas las páginas.' }),
  noResults: (query) => ({
    before: `No hay resultados para ${query}. Revise la ortografía o pruebe con menos palabras o con otras (los nombres se encuentran también sin acentos). También puede consultar el `,
    topics: 'índice de temas',
    comma: ', las ',
    briefs: 'notas para imprimir',
    between: ' o la ',
    sources: 'lista de fuentes',
    after: '.',
  }),
  unavailable: { before: 'No se pudo cargar la búsqueda. Compruebe su conexión y vuelva a intentarlo, o consulte el ', topics: 'índice de temas', comma: ', las ', briefs: 'notas para imprimir', between: ' o la ', sources: 'lista de fuentes', after: '.' },
  devOnly: { before: 'La búsqueda solo funciona en el sitio generado: el índice lo crea ', build: 'npm run build', between: '. Genere el sitio y ejecute ', preview: 'npm run preview', after: ' para probarla.' },
  keys: { down: 'Flecha abajo', up: 'Flecha arriba', or: 'o', move: 'para recorrer los resultados', enter: 'Enter', open: 'para abrir', close: 'para cerrar' },
};

/** The search code's strings by language: what the browser bundle imports from this file, and nothing else. */
export const SEARCH_CLIENT_STRINGS: Record<Locale, SearchClientStrings> = { en: searchClientEn, es: searchClientEs };

const en: UiStrings = {
  ogLocale: 'en_GB',
  site: {
    title: 'Mexico–Guatemala Security Explainer',
    description:
      'A sourced explainer on the Mexico–Guatemala security relationship: the January 2026 offer of help, the June 2025 La Mesilla incident, the border, migration and organized crime.',
    tagline: 'Security Explainer',
  },
  feed: { linkTitle: 'updates', updated: 'Updated', rights: (licence) => `Text: ${licence}` },
  socialCard: { articleKicker: 'Source article · verbatim', defaultKicker: 'Policy explainer', defaultTitle: 'Mexico and Guatemala: security, the border and a police incident', promise: 'Every fact cited to its source' },
  skipLink: 'Skip to main content',
  nav: { label: 'Main', startHere: 'Start here', article: 'The article', timeline: 'Timeline', glossary: 'Glossary', sources: 'Sources', briefs: 'Briefs', search: 'Search', homeLabel: 'home' },
  homeNewestSource: 'Newest source cited on this site:',
  homePrint: { heading: 'For a meeting', before: 'Each explainer has a ', briefs: 'two-page brief', between: ' to print or save as a PDF, and ', pack: 'the briefing pack', after: ' puts them all in one document.' },
  theme: { dark: 'Dark theme' },
  languageSwitch: { label: 'Language', to: 'Español', missing: 'This page is not yet available in Spanish.' },
  footer: {
    about: 'About',
    aboutText: "An independent explainer built around one source article. Every statement of fact cites a published source; the site’s own analysis is labelled as analysis.",
    sources: 'Sources and gaps',
    allSources: 'All sources and where they are cited',
    topics: 'Explainers by topic',
    sourceArticle: 'The source article, verbatim',
    whatWeDontKnow: "What we don’t know",
    licence: 'Licence',
    licenceText: 'Text by this site:',
    articleRights: 'The source article is reproduced as received; its rights stay with its publisher.',
    built: 'Built',
  },
  breadcrumb: { label: 'Breadcrumb', home: 'Home', explainers: 'Explainers', article: 'The source article', sources: 'Sources' },
  explainer: {
    keyTakeaways: 'Key takeaways',
    updated: 'Updated',
    reviewed: 'Reviewed against sources',
    minRead: (minutes) => `${minutes} min read`,
    onThisPage: 'On this page',
    sources: 'Sources',
    backToCitation: { one: 'Back to citation', lettered: (letter) => `Back to citation, letter ${letter}` },
    citeThisPage: 'Cite this page',
    permalink: 'Permalink:',
    copy: 'Copy',
    copyLabel: (format) => `${format} citation`,
    copied: 'Copied',
    copyFailed: 'Copy failed: select the text instead',
    related: 'Related explainers',
    readingPath: 'Reading path',
    previous: 'Previous',
    next: 'Next',
    changelog: 'Changelog',
    twoPageBrief: 'Two-page brief',
    briefPdfLetter: 'Brief PDF, US Letter',
    briefPdfA4: 'Brief PDF, A4',
    translationStale: 'The Spanish translation of this page is older than this version.',
  },
  content: {
    note: 'Note',
    caution: 'Caution',
    analysis: 'Analysis',
    notFound: 'Not found',
    analysisDisclaimer: "This is this site’s reading of the sources, not reported fact.",
    accountsDiffer: 'Accounts differ:',
    accordingTo: 'According to:',
    singleSource: 'single source',
    singleSourceLegend: 'after a fact: only one of the sources we read reports it.',
    dateNotShown: 'date not shown',
    sourceLabel: (number, publisher) => `Source ${number}: ${publisher}`,
    places: (count) => (count === 1 ? 'Place:' : 'Places:'),
    more: 'More:',
    timelineLabel: 'Timeline of events',
    figureSource: 'Source:',
    readWithCare: 'Read with care',
    questionable: 'Questionable',
    languageNames: { en: 'English', es: 'Spanish', pt: 'Portuguese' },
  },
  articlePage: {
    kicker: 'Source article · verbatim',
    credit: 'Source: OEM (as credited in the text)',
    dateNotStated: 'Date not stated in the text',
    noteUpdated: "Editor’s note updated",
    editorsNote: "Editor’s note: what is known about this article",
    titleIsOurs: 'The title above is ours: the text has no headline. Below, every paragraph and both subheadings are exactly as received.',
    translationHeading: '',
    translationLabel: '',
    originalHeading: 'The article as received',
    context: 'Put it in context',
    sources: "Sources for the editor’s note",
  },
  sourcesPage: {
    title: 'Sources',
    description: 'Every source the site draws on, with its publisher, date, language, reliability notes and the pages that cite it.',
    intro: (count) =>
      `All ${count} sources the site draws on, grouped by subject. Most are Spanish-language news pages; titles in [square brackets] are descriptions where no headline was visible. Dates are only those shown on a page or in its URL.`,
    groupsLabel: 'Source groups',
    sourceId: 'Source id:',
    citedIn: 'Cited in:',
    notCited: 'Not cited on any page yet.',
    articlePage: 'The source article',
    groups: {
      'january-2026-offer': 'The central document and the January 2026 offer',
      'june-2025-incident': 'The June 2025 cross-border incident and its aftermath',
      'leaders-and-cooperation': 'Leaders’ contacts, the August 2025 summit and later cooperation',
      background: 'Background: geography, leaders, crime, displacement, migration, trade, frameworks, OEM',
    },
  },
  searchPage: {
    title: 'Search',
    description: 'Search every explainer, the glossary, the timeline and the source article by name, place or acronym, with or without accents.',
    label: 'Search the explainer',
    placeholder: 'Names, places…',
    submit: 'Search',
    topic: 'Topic',
    type: 'Type of page',
    sortBy: 'Sort by',
  },
  search: {
    close: 'Close',
    allResults: 'All results, with filters',
    resultsLabel: 'Search results',
    showMore: 'Show more results',
    idle: 'Type a name, place or acronym, with or without accents. For example:',
    examples: ['Arevalo', 'La Mesilla', 'GANSEG'],
    or: ' or ',
    filtersAndSort: 'Filters and sort',
    sort: { relevance: 'Best match', updated: 'Recently updated' },
    loadFailed: 'Search could not load. Check your connection and try again.',
    noScript: {
      heading: 'Search needs JavaScript, which is off or blocked in this browser.',
      intro: 'Everything on the site is also reachable from these indexes:',
      topics: 'Explainers by topic',
      sources: 'Every source, with the pages that cite it',
      glossary: 'Glossary of terms and acronyms',
      timeline: 'Timeline of events',
    },
  },
  searchClient: searchClientEn,
  topicsPage: {
    title: 'Topics',
    description: 'Every explainer on the Mexico–Guatemala security relationship, grouped by topic: cooperation, diplomacy, the La Mesilla incident, the border, crime and migration.',
    intro: 'Every explainer, under each topic it covers; a page can sit under more than one.',
    article: 'The source article',
    sources: 'The list of sources',
  },
  notFound: {
    title: 'Page not found',
    description: 'The page you asked for does not exist on this site.',
    body: 'There is no page at this address. It may have moved, or the link may be mistyped.',
    home: 'Go to the home page and the reading path',
    search: 'Search the explainer',
    timeline: 'See the timeline of events',
    sources: 'Browse every source',
  },
  locatorMap: {
    caption: 'The Mexico–Guatemala border region',
    legend: { border: 'Mexico–Guatemala border', otherBorder: 'Other international border', crossing: 'Border crossing', town: 'Town' },
    credit: 'Map data: Natural Earth (public domain), via the world-atlas package. Place positions are approximate.',
    asText: 'Map as text',
    title: 'Locator map of the Mexico–Guatemala border region',
    labels: {},
    country: { MX: 'Mexico', GT: 'Guatemala' },
    and: 'and',
    overview:
      'The map shows southern Mexico and Guatemala, with Belize, Honduras and El Salvador at the edges. ' +
      'A heavy dashed line marks the Mexico–Guatemala border, from the Pacific coast in the south-west to Belize in the north-east.',
    states: (names) => `Mexican states along the border: ${names}.`,
    departments: (names) => `Guatemalan departments along the border: ${names}.`,
    rivers: (pacific, peten) => `Rivers labelled along the border: the ${pacific} and the ${peten}.`,
    crossingsShown: 'Border crossings shown, from south to north, and where the map places them:',
    townsShown: 'Other towns shown, and where the map places them:',
    describe: (states, departments, crossings) =>
      `A heavy dashed line marks the Mexico–Guatemala border, between the Mexican states of ${states} and the Guatemalan departments of ${departments}. ` +
      `Crossings marked: ${crossings}. The list “Map as text” below the map gives the details.`,
  },
  dates: {
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    day: (day, month, year) => `${day} ${month} ${year}`,
    month: (month, year) => `${month} ${year}`,
  },
};

const es: UiStrings = {
  ogLocale: 'es_MX',
  site: {
    title: 'México y Guatemala: seguridad, explicada',
    description:
      'Una explicación con fuentes de la relación de seguridad entre México y Guatemala: la oferta de ayuda de enero de 2026, el incidente de La Mesilla de junio de 2025, la frontera, la migración y el crimen organizado.',
    tagline: 'Seguridad, explicada',
  },
  feed: { linkTitle: 'actualizaciones', updated: 'Actualización del', rights: (licence) => `Texto: ${licence}` },
  socialCard: { articleKicker: 'Artículo fuente · íntegro', defaultKicker: 'Explicación de políticas públicas', defaultTitle: 'México y Guatemala: seguridad, la frontera y un incidente policial', promise: 'Cada dato, con su fuente' },
  skipLink: 'Saltar al contenido principal',
  nav: { label: 'Principal', startHere: 'Empiece aquí', article: 'El artículo', timeline: 'Cronología', glossary: 'Glosario', sources: 'Fuentes', briefs: 'Notas', search: 'Buscar', homeLabel: 'inicio' },
  homeNewestSource: 'Fecha de la fuente más reciente citada en este sitio:',
  homePrint: { heading: 'Para una reunión', before: 'Cada explicación tiene una ', briefs: 'nota informativa de dos páginas', between: ' para imprimir o guardar en PDF, y ', pack: 'la carpeta informativa', after: ' las reúne todas en un solo documento.' },
  theme: { dark: 'Tema oscuro' },
  languageSwitch: { label: 'Idioma', to: 'English', missing: 'Esta página aún no está disponible en inglés.' },
  footer: {
    about: 'Acerca de',
    aboutText: 'Una explicación independiente construida en torno a un artículo. Cada afirmación de hecho cita una fuente publicada; el análisis propio del sitio se señala como análisis.',
    sources: 'Fuentes y vacíos',
    allSources: 'Todas las fuentes y dónde se citan',
    topics: 'Explicaciones por tema',
    sourceArticle: 'El artículo original, íntegro',
    whatWeDontKnow: 'Lo que no sabemos',
    licence: 'Licencia',
    licenceText: 'Textos de este sitio:',
    articleRights: 'El artículo original se reproduce tal como se recibió; sus derechos pertenecen a su editor.',
    built: 'Generado el',
  },
  breadcrumb: { label: 'Ruta de navegación', home: 'Inicio', explainers: 'Explicaciones', article: 'El artículo original', sources: 'Fuentes' },
  explainer: {
    keyTakeaways: 'Puntos clave',
    // "Explicación" is feminine, as in search results ("Actualizada el").
    updated: 'Actualizada el',
    reviewed: 'Cotejada con las fuentes el',
    minRead: (minutes) => `${minutes} min de lectura`,
    onThisPage: 'En esta página',
    sources: 'Fuentes',
    backToCitation: { one: 'Volver a la cita', lettered: (letter) => `Volver a la cita, letra ${letter}` },
    citeThisPage: 'Cómo citar esta página',
    permalink: 'Enlace permanente:',
    copy: 'Copiar',
    copyLabel: (format) => `cita en formato ${format}`,
    copied: 'Copiado',
    copyFailed: 'No se pudo copiar: seleccione el texto',
    related: 'Explicaciones relacionadas',
    readingPath: 'Ruta de lectura',
    previous: 'Anterior',
    next: 'Siguiente',
    changelog: 'Historial de cambios',
    twoPageBrief: 'Nota informativa de dos páginas',
    briefPdfLetter: 'Nota en PDF, carta',
    briefPdfA4: 'Nota en PDF, A4',
    translationStale: 'La versión en inglés de esta página es más reciente que esta traducción.',
  },
  content: {
    note: 'Nota',
    caution: 'Precaución',
    analysis: 'Análisis',
    notFound: 'No encontrado',
    analysisDisclaimer: 'Esta es la lectura de las fuentes que hace este sitio, no un hecho reportado.',
    accountsDiffer: 'Versiones distintas:',
    accordingTo: 'Según:',
    singleSource: 'fuente única',
    singleSourceLegend: 'tras un dato: solo una de las fuentes consultadas lo informa.',
    dateNotShown: 'fecha no indicada',
    sourceLabel: (number, publisher) => `Fuente ${number}: ${publisher}`,
    places: (count) => (count === 1 ? 'Lugar:' : 'Lugares:'),
    more: 'Más:',
    timelineLabel: 'Cronología de los hechos',
    figureSource: 'Fuente:',
    readWithCare: 'Leer con cautela',
    questionable: 'Dudosa',
    languageNames: { en: 'inglés', es: 'español', pt: 'portugués' },
  },
  articlePage: {
    kicker: 'Artículo original · íntegro, en inglés',
    credit: 'Fuente: OEM (según el crédito del texto)',
    dateNotStated: 'El texto no indica fecha',
    noteUpdated: 'Nota editorial actualizada el',
    editorsNote: 'Nota editorial: lo que se sabe de este artículo',
    titleIsOurs: 'El título es nuestro: el texto no tiene titular. Abajo, cada párrafo y ambos subtítulos aparecen tal como se recibieron, en inglés.',
    translationHeading: 'Resumen en español',
    translationLabel: 'Traducción y resumen de este sitio; no forman parte del artículo.',
    originalHeading: 'El artículo tal como se recibió (en inglés)',
    context: 'Para ponerlo en contexto',
    sources: 'Fuentes de la nota editorial',
  },
  sourcesPage: {
    title: 'Fuentes',
    description: 'Todas las fuentes en que se apoya el sitio, con su medio, fecha, idioma, notas de fiabilidad y las páginas que las citan.',
    intro: (count) =>
      `Las ${count} fuentes en que se apoya el sitio, agrupadas por tema. La mayoría son notas de prensa en español; los títulos entre [corchetes] son descripciones de este sitio cuando no se veía un titular. Solo se indican las fechas que muestra la página o su URL.`,
    groupsLabel: 'Grupos de fuentes',
    sourceId: 'Identificador:',
    citedIn: 'Citada en:',
    notCited: 'Aún no se cita en ninguna página.',
    articlePage: 'El artículo original',
    groups: {
      'january-2026-offer': 'El documento central y la oferta de enero de 2026',
      'june-2025-incident': 'El incidente fronterizo de junio de 2025 y sus secuelas',
      'leaders-and-cooperation': 'Contactos entre mandatarios, la cumbre de agosto de 2025 y la cooperación posterior',
      background: 'Contexto: geografía, mandatarios, crimen, desplazamiento, migración, comercio, mecanismos, OEM',
    },
  },
  searchPage: {
    title: 'Buscar',
    description: 'Busque en todas las explicaciones, el glosario, la cronología y el artículo original por nombre, lugar o sigla, con o sin acentos.',
    label: 'Buscar en el sitio',
    placeholder: 'Nombre, lugar…',
    submit: 'Buscar',
    topic: 'Tema',
    type: 'Tipo de página',
    sortBy: 'Ordenar por',
  },
  search: {
    close: 'Cerrar',
    allResults: 'Ver todos los resultados y filtrar',
    resultsLabel: 'Resultados de la búsqueda',
    showMore: 'Ver más resultados',
    idle: 'Escriba un nombre, un lugar, una sigla o un término, con o sin acentos. Por ejemplo:',
    examples: ['Arevalo', 'La Mesilla', 'GANSEG', 'estado de sitio'],
    or: ' o ',
    filtersAndSort: 'Filtros y orden',
    sort: { relevance: 'Relevancia', updated: 'Actualización más reciente' },
    // Mexican keyboards label the key "Enter" (Spain's say "Intro").
    loadFailed: 'No se pudo cargar la búsqueda. Compruebe su conexión y vuelva a intentarlo.',
    noScript: {
      heading: 'La búsqueda necesita JavaScript, que está desactivado o bloqueado en este navegador.',
      intro: 'Todo el contenido del sitio se puede encontrar también desde estos índices:',
      topics: 'Explicaciones por tema',
      sources: 'Todas las fuentes, con las páginas que las citan',
      glossary: 'Glosario de términos y siglas',
      timeline: 'Cronología de los hechos',
    },
  },
  searchClient: searchClientEs,
  topicsPage: {
    title: 'Temas',
    description: 'Todas las explicaciones sobre la relación de seguridad entre México y Guatemala, agrupadas por tema: cooperación, diplomacia, el incidente de La Mesilla, la frontera, el crimen y la migración.',
    intro: 'Cada explicación, bajo cada tema que trata; una página puede figurar en más de uno.',
    article: 'El artículo original',
    sources: 'La lista de fuentes',
  },
  notFound: {
    title: 'Página no encontrada',
    description: 'La página que busca no existe en este sitio.',
    body: 'No hay ninguna página en esta dirección. Puede que se haya movido o que el enlace tenga un error.',
    home: 'Ir a la página de inicio y la ruta de lectura',
    search: 'Buscar en el sitio',
    timeline: 'Ver la cronología de los hechos',
    sources: 'Consultar todas las fuentes',
  },
  locatorMap: {
    caption: 'La región fronteriza entre México y Guatemala',
    legend: { border: 'Frontera México–Guatemala', otherBorder: 'Otra frontera internacional', crossing: 'Cruce fronterizo', town: 'Localidad' },
    credit: 'Datos del mapa: Natural Earth (dominio público), mediante el paquete world-atlas. Las posiciones de los lugares son aproximadas.',
    asText: 'El mapa en texto',
    title: 'Mapa de ubicación de la región fronteriza entre México y Guatemala',
    labels: { Mexico: 'México', Belize: 'Belice', 'Pacific Ocean': 'Océano Pacífico' },
    narrowLabels: { 'Pacific Ocean': 'Pacífico' },
    country: { MX: 'México', GT: 'Guatemala' },
    and: spanishAnd,
    overview:
      'El mapa muestra el sur de México y Guatemala, con Belice, Honduras y El Salvador en los bordes. ' +
      'Una línea discontinua gruesa marca la frontera entre México y Guatemala, desde la costa del Pacífico, al suroeste, hasta Belice, al noreste.',
    states: (names) => `Estados mexicanos a lo largo de la frontera: ${names}.`,
    departments: (names) => `Departamentos guatemaltecos a lo largo de la frontera: ${names}.`,
    rivers: (pacific, peten) => `Ríos rotulados a lo largo de la frontera: el ${pacific} y el ${peten}.`,
    crossingsShown: 'Cruces fronterizos señalados, de sur a norte, y dónde los sitúa el mapa:',
    townsShown: 'Otras localidades señaladas, y dónde las sitúa el mapa:',
    describe: (states, departments, crossings) =>
      `Una línea discontinua gruesa marca la frontera entre México y Guatemala, entre los estados mexicanos de ${states} y los departamentos guatemaltecos de ${departments}. ` +
      `Cruces señalados: ${crossings}. La lista “El mapa en texto”, bajo el mapa, da los detalles.`,
    where: {
      'ciudad-hidalgo-tecun-uman': 'el cruce más al sur de los señalados, en Chiapas',
      'talisman-el-carmen': 'un poco al norte de Ciudad Hidalgo, entre Chiapas y San Marcos',
      'ciudad-cuauhtemoc-la-mesilla': 'más al norte, entre Chiapas y Huehuetenango',
      'el-ceibo': 'en el borde noroccidental de Petén; une Tenosique (Tabasco) con La Libertad (Petén)',
      tapachula: 'en Chiapas, justo al oeste del cruce de Talismán',
      'frontera-comalapa': 'en Chiapas: el municipio en el que se encuentra Ciudad Cuauhtémoc',
      cuilco: 'en Huehuetenango, al sur de La Mesilla',
      flores: 'en el centro de Petén',
    },
  },
  dates: {
    months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
    day: (day, month, year) => `${day} de ${month} de ${year}`,
    month: (month, year) => `${month} de ${year}`,
  },
};

export const UI: Record<Locale, UiStrings> = { en, es };

/** Narrows any string (e.g. Astro.currentLocale) to a published locale, defaulting to English. */
export function toLocale(value: string | undefined): Locale {
  return (LOCALES as readonly string[]).includes(value ?? '') ? (value as Locale) : DEFAULT_LOCALE;
}

/** The site's other language: the one a page's language switch and hreflang pair point to. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'es' : 'en';
}

/** The interface strings for a locale. */
export function t(locale: string | undefined): UiStrings {
  return UI[toLocale(locale)];
}
