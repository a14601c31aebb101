/**
 * The /search/ page: the search box, topic and type filters and sort, kept
 * in the URL. Typing a new search adds one history entry and then replaces
 * it as the reader types; submitting or changing a filter adds one, so Back
 * returns to the previous search (historyAction). Following a result keeps how
 * many results were shown and the scroll position in the history entry, so
 * Back returns to them (ResultsView).
 */
import { PAGE_RESULTS } from '../lib/search-config';
import { isSearchType } from '../lib/search-filters';
import { shownQuery } from '../lib/search-query';
import { historyAction, keptResultsView, readSearchState, resultsToShow, searchQueryString, type SearchChange, type SearchState } from '../lib/search-url';
import { TOPIC_LABELS, topicLabel, type Topic } from '../schemas/topics';
import { SearchSession, bindResultKeys } from './search-session';
import { formatCount, pageLocale, searchStrings } from './search-strings';

/** " in Migration or Diplomacy, reference pages only"-style wording for the status line, in the page's language. */
function describeFilters(state: SearchState): string {
  const topics = state.topics.filter((id): id is Topic => id in TOPIC_LABELS).map((id) => topicLabel(id, pageLocale()));
  const types = state.types.filter(isSearchType);
  return searchStrings().describeFilters(topics, types);
}

export function initSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-page]');
  const input = form?.querySelector<HTMLInputElement>('[data-search-page-input]');
  const status = form?.querySelector<HTMLElement>('[data-search-status]');
  const list = form?.querySelector<HTMLOListElement>('[data-search-results]');
  const more = form?.querySelector<HTMLButtonElement>('[data-search-more]');
  const panel = form?.querySelector<HTMLDetailsElement>('[data-search-filter-panel]');
  if (!form || !input || !status || !list || !more || !panel) return;
  // What the status says with no query: the example searches, set aside by the /search/?q= prefill
  // (search-prefill.ts) when it said "Searching…" before this code arrived.
  const setAside = form.querySelector<HTMLTemplateElement>('template[data-search-idle]');
  const idle = [...(setAside ? setAside.content.childNodes : status.childNodes)].map((node) => node.cloneNode(true));
  const checkboxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const sort = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const counts = [...form.querySelectorAll<HTMLElement>('[data-count-for]')];
  // Back (or reload) to this entry, the page not kept by the browser: the results the reader had
  // shown, and the place they had scrolled to, once those results are drawn.
  const returning = keptResultsView(history.state);
  let scrollBackTo = returning?.scrollY;

  const session = new SearchSession(
    { status, list, more },
    {
      limit: PAGE_RESULTS,
      counts: true,
      idle: () => idle.map((node) => node.cloneNode(true)),
      describeFilters,
      onRender: (_, batch) => {
        const active = Object.keys(batch.counts).length > 0;
        for (const count of counts) {
          const [filter, value] = count.dataset.countFor!.split(':');
          count.textContent = active ? `(${formatCount(batch.counts[filter]?.[value] ?? 0)})` : '';
        }
        // Not if the reader has scrolled meanwhile (a slow network): the page is theirs by then.
        if (scrollBackTo !== undefined && window.scrollY === 0) window.scrollTo(0, scrollBackTo);
        scrollBackTo = undefined;
      },
    },
  );

  const formState = (): SearchState => ({
    query: input.value,
    topics: checkboxes.filter((box) => box.name === 'topic' && box.checked).map((box) => box.value),
    types: checkboxes.filter((box) => box.name === 'type' && box.checked).map((box) => box.value),
    sort: sort.value === 'updated' ? 'updated' : 'relevance',
  });
  const showState = (state: SearchState) => {
    input.value = state.query;
    for (const box of checkboxes) box.checked = (box.name === 'topic' ? state.topics : state.types).includes(box.value);
    sort.value = state.sort;
  };

  // The tab's title names the search ("“Arevalo” – Search | …"), as history and screen readers show it.
  const pageTitle = document.title;
  const showTitle = (state: SearchState) => {
    const query = state.query.trim();
    document.title = query ? `${searchStrings().quote(shownQuery(query))} – ${pageTitle}` : pageTitle;
  };

  // The link to this page in the other language carries the search, so switching keeps it.
  const languageLink = document.querySelector<HTMLAnchorElement>('a.language-switcher');
  const keepLanguageLink = (state: SearchState) => {
    if (languageLink) languageLink.search = searchQueryString(state);
  };

  let current = readSearchState(location.search);
  // Whether the history entry is one typing added, and typing goes on replacing.
  let editing = false;
  const update = (change: SearchChange) => {
    const next = formState();
    const action = historyAction(current, next, change, editing);
    editing = change === 'typing' ? editing || action !== 'none' : false;
    const address = location.pathname + searchQueryString(next);
    if (action === 'push') history.pushState(null, '', address);
    if (action === 'replace') history.replaceState(null, '', address);
    current = next;
    keepLanguageLink(next);
    showTitle(next);
    session.search(next);
  };

  input.addEventListener('input', () => update('typing'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update('submit');
  });
  form.addEventListener('change', (event) => {
    if (event.target !== input) update('filter');
  });
  window.addEventListener('popstate', () => {
    current = readSearchState(location.search);
    editing = false;
    keepLanguageLink(current);
    showTitle(current);
    showState(current);
    session.search(current);
  });
  bindResultKeys(input, list);
  // The entry keeps the view as the reader follows a result (by mouse, touch or Enter: a click); the
  // page then scrolls itself when its results are drawn, not the browser before they are. Kept in
  // the click, not on pagehide: a page writing to its history as it left was evicted from
  // Chromium's back-forward cache (Lighthouse's bf-cache audit: "IgnoreEventAndEvict").
  list.addEventListener('click', (event) => {
    if (!(event.target instanceof Element) || !event.target.closest('a[href]')) return;
    history.scrollRestoration = 'manual';
    history.replaceState({ shown: session.shownCount, scrollY: window.scrollY }, '');
  });

  showState(current);
  keepLanguageLink(current);
  showTitle(current);
  // The panel is folded in the markup (on phones it would fill the first screen). Unfold it
  // when this search uses a filter or the sort, and on wide screens in browsers whose CSS
  // cannot show a folded panel's content (no ::details-content; see global.css).
  const usesFilters = current.topics.length + current.types.length > 0 || current.sort !== 'relevance';
  if (usesFilters || (matchMedia('(min-width: 48rem)').matches && !CSS.supports('selector(::details-content)'))) panel.open = true;
  // With a search in the URL, run it now. Without one, load Pagefind (its WebAssembly and
  // index) when the reader reaches for the form rather than while the page is still settling.
  const warm = () => session.warm();
  if (usesFilters || current.query) warm();
  else for (const type of ['focusin', 'pointerdown', 'keydown']) form.addEventListener(type, warm, { once: true });
  session.search(current, resultsToShow(returning, PAGE_RESULTS));
}
