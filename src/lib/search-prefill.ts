/**
 * The /search/ page's one inline script, run as the parser reaches it, right after the form: until
 * the search code arrives (seconds on a slow phone connection), the box shows the query of the
 * address (?q=) and the status says it is searching, where the box stood empty under the example
 * searches. Those examples wait in a <template data-search-idle> for when the box is cleared: the
 * search code takes over the same box and status (search-page.ts). Kept as a
 * string so the page and its CSP hash (security.ts) are made from the same bytes.
 */
export const SEARCH_PREFILL_SCRIPT =
  "(()=>{const f=document.querySelector('[data-search-page]'),q=new URLSearchParams(location.search).get('q')?.trim(),b=f&&f.querySelector('[data-search-page-input]');if(f&&q&&b&&!b.value){b.value=q;const s=f.querySelector('[data-search-status]');if(s){const t=document.createElement('template');t.dataset.searchIdle='';t.content.append(...s.childNodes);s.after(t);s.textContent=f.dataset.searching||''}}})()";
