/**
 * The search index in the build: which pages and which parts of them are in
 * it, with what metadata, and what search costs a page that never uses it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { htmlFiles, page, routeOf } from '../helpers/dist';
import { DIST } from '../helpers/serve';

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: { element: string; id: string; text: string; title?: string }[];
}

/** Every search record (one per section), decoded from Pagefind's gzipped fragment files, by file id. */
function indexedRecords(): Map<string, Fragment> {
  const folder = join(DIST, 'pagefind', 'fragment');
  return new Map(
    readdirSync(folder).map((file) => {
      const bytes = gunzipSync(readFileSync(join(folder, file)));
      return [file.replace('.pf_fragment', ''), JSON.parse(bytes.subarray('pagefind_dcd'.length).toString('utf8')) as Fragment];
    }),
  );
}

const records = indexedRecords();
const pageOf = (record: Fragment) => record.url.split('#')[0];
const recordsOf = (url: string) => [...records.values()].filter((record) => pageOf(record) === url);
const routes = htmlFiles().map(routeOf);
const explainerRoutes = routes.filter((route) => route.startsWith('/explainers/'));
/** Explainers, the article and the source list, in every language the site is built in ("/es/explainers/…"). */
const searchableRoutes = routes.filter((route) => /^(\/[a-z]{2})?\/(explainers\/[^/]+|article|sources)\/$/.test(route));
/** The source list in every language ("/sources/", "/es/sources/"). */
const sourceListRoutes = searchableRoutes.filter((route) => route.endsWith('/sources/'));

describe('the search index', () => {
  it('holds every explainer, the article and the source list, and nothing else', () => {
    expect(searchableRoutes).toContain('/article/');
    expect(sourceListRoutes).toEqual(expect.arrayContaining(['/sources/', '/es/sources/']));
    expect([...new Set([...records.values()].map(pageOf))].sort()).toEqual(searchableRoutes.sort());
  });

  it('keeps one index per page language, so each language is stemmed as itself', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
    const languages = new Set(htmlFiles().filter((file) => searchableRoutes.includes(routeOf(file))).map((file) => page(file)('html').attr('lang')));
    expect(Object.keys(entry.languages).sort()).toEqual([...languages].sort());
  });

  it('splits each page into sections, each at its own address with its heading', () => {
    const sections = recordsOf('/explainers/la-mesilla-incident/');
    expect(sections.filter((record) => record.url === '/explainers/la-mesilla-incident/')).toHaveLength(1);
    const $ = page('/explainers/la-mesilla-incident/');
    for (const record of sections.filter((record) => record.url.includes('#'))) {
      const id = record.url.split('#')[1];
      expect($(`[id="${id}"]`).length, record.url).toBe(1);
      expect(record.meta.section, record.url).toBe($(`[id="${id}"]`).text().replace(/\s+/g, ' ').trim());
      expect(record.anchors.map((anchor) => anchor.id)).toEqual([id]);
    }
    expect(sections.length).toBeGreaterThan(5);
  });

  it('makes glossary entries and timeline events sections of their own', () => {
    const ganseg = records.get([...records.keys()].find((id) => records.get(id)!.url === '/explainers/glossary/#term-ganseg')!)!;
    expect(ganseg.meta.section).toMatch(/^GANSEG/);
    expect(ganseg.content).toMatch(/^GANSEG/);
    expect(recordsOf('/explainers/timeline/').filter((record) => record.url.includes('#event-')).length).toBeGreaterThan(10);
  });

  it('makes each entry of the source list a section, titled by its publisher, at its own address', () => {
    const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
    for (const route of sourceListRoutes) {
      const $ = page(route);
      const entries = $('main li.source-record[id]').toArray();
      expect(entries.length, route).toBeGreaterThan(100);
      const sections = recordsOf(route).filter((record) => record.url.includes('#'));
      // One record per source, and none for a group heading: its subjects ("migration, trade") led to the group's first entry.
      expect(sections.map((record) => record.url.split('#')[1]).sort(), route).toEqual(entries.map((entry) => entry.attribs.id).sort());
      for (const record of sections) {
        const entry = $(`[id="${record.url.split('#')[1]}"]`);
        expect(record.meta.section, record.url).toBe(collapse(entry.find('.source-entry > b').text()));
        expect(collapse(record.content), record.url).toContain(collapse(entry.find('.source-entry > a, .source-entry > span[lang]').first().text()));
        // Not the id or the pages that cite it: page titles would match every query about a page.
        expect(record.content, record.url).not.toContain(entry.attr('id'));
        expect(record.filters.type, record.url).toEqual(['sources']);
      }
      const headings = $('main h2').toArray().map((heading) => collapse($(heading).text()));
      expect(headings.length, route).toBeGreaterThan(2);
      const text = recordsOf(route).map((record) => collapse(record.content)).join('\n');
      for (const heading of headings) expect(text, route).not.toContain(heading);
    }
  });

  it('leaves out navigation, tables of contents, "cite this page", source lists and note numbers', () => {
    const content = recordsOf('/explainers/la-mesilla-incident/').map((record) => record.content).join('\n');
    for (const chrome of ['Skip to main content', 'On this page', 'Cite this page', 'Reading path', 'BibTeX', 'What changed']) {
      expect(content).not.toContain(chrome);
    }
    // Source list entries end "… date. Spanish." and note marks read "[1, 2]".
    expect(content).not.toMatch(/\. Spanish\./);
    expect(content).not.toMatch(/\[\d+(, \d+)*\]/);
  });

  it('leaves out the letters that mark links for the printed endnotes', () => {
    const marked = explainerRoutes.flatMap((route) => {
      const $ = page(route);
      return $('main .link-endnote-mark').toArray().map((mark) => ({ route, link: $(mark).prev('a').text(), text: $(mark).prev('a').text() + $(mark).text() })).filter((entry) => entry.link.length > 3);
    });
    expect(marked.length).toBeGreaterThan(0);
    for (const { route, text } of marked) expect(recordsOf(route).map((record) => record.content).join('\n'), route).not.toContain(text);
  });

  it('leaves no space before punctuation where a note mark was dropped ("in 2030 ." in an excerpt)', () => {
    const gaps = [...records.values()].flatMap((record) => [...record.content.matchAll(/\S{1,20} [.,;:!?]/g)].map((match) => `${record.url}: "${match[0]}"`));
    expect(gaps).toEqual([]);
  });

  it('ends a sentence once after each block: no "(Wikipedia).).", no heading run into its text', () => {
    const doubled = [...records.values()].flatMap((record) => [...record.content.matchAll(/\S{0,30}[.!?…][)\]"'”’»]+\./g)].map((match) => `${record.url}: "${match[0]}"`));
    expect(doubled).toEqual([]);
    const runOn = [...records.values()].flatMap((record) => [...record.content.matchAll(/\S{0,30}[\p{L}\p{N}][”»] \p{Lu}/gu)].map((match) => `${record.url}: "${match[0]}"`));
    expect(runOn).toEqual([]);
  });

  it('ends a sentence after each glossary term and table header, which Pagefind would run into the next text', () => {
    const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
    const blocks = searchableRoutes.flatMap((route) => {
      const $ = page(route);
      return $('main dt, main th')
        .toArray()
        .filter((element) => !$(element).closest('[data-pagefind-ignore], .source-list').length)
        .map((element) => ({ route, text: collapse($(element).text()) }));
    });
    expect(blocks.filter((block) => block.route.includes('/glossary/')).length).toBeGreaterThan(10);
    expect(blocks.filter((block) => !block.route.includes('/glossary/')).length).toBeGreaterThan(5);
    for (const { route, text } of blocks) {
      // A space after each record: a table's last row header may end its record.
      const content = recordsOf(route).map((record) => `${collapse(record.content)} `).join('\n');
      expect(content, `${route}: "${text}"`).toContain(/[.!?]$/.test(text) ? `${text} ` : `${text}. `);
    }
  });

  it('leaves out the "single source" labels, which would run on from the sentence in an excerpt', () => {
    const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
    const labelled = searchableRoutes.flatMap((route) => {
      const $ = page(route);
      // The marks after facts; the one in the source list's legend is indexed with nothing (.source-list).
      return $('main .single-source').toArray().filter((label) => !$(label).parent().is('[data-single-source-legend]')).map((label) => {
        const parent = $(label).parent().clone();
        parent.find('sup.cite').remove();
        const text = collapse(parent.text());
        const name = collapse($(label).text());
        const at = text.indexOf(name);
        return { route, phrase: collapse(`${text.slice(Math.max(0, at - 30), at)} ${name}`) };
      });
    });
    expect(labelled.length).toBeGreaterThan(10);
    for (const { route, phrase } of labelled) expect(recordsOf(route).map((record) => collapse(record.content)).join('\n'), route).not.toContain(phrase);
  });

  it('leaves out a timeline event\'s "More:" link, which read as part of the event in its excerpt', () => {
    const timelines = searchableRoutes.filter((route) => /\/explainers\/timeline\/$/.test(route));
    expect(timelines.length).toBeGreaterThanOrEqual(1);
    for (const route of timelines) {
      const more = page(route)('.timeline-meta a').first().parent().text().trim().split(' ').slice(0, 2).join(' ').replace(/^·\s*/, '');
      expect(more, route).toMatch(/^\S+:/);
      const events = recordsOf(route).filter((record) => record.url.includes('#event-'));
      expect(events.length, route).toBeGreaterThan(50);
      expect(events.filter((record) => record.content.includes(more)).map((record) => record.url), route).toEqual([]);
    }
  });

  it('gives every section its page\'s title, updated date, type and topics, by id', () => {
    for (const record of records.values()) {
      expect(record.meta.title?.length, record.url).toBeGreaterThan(5);
      // The source list has no date of its own to show: its entries' dates are the sources'.
      if (sourceListRoutes.includes(pageOf(record))) expect(record.meta.updated, record.url).toBeUndefined();
      else expect(record.meta.updated, record.url).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(record.filters.type, record.url).toHaveLength(1);
    }
    expect(recordsOf('/article/')[0].filters.type).toEqual(['article']);
    expect(recordsOf('/explainers/glossary/')[0].filters).toEqual({ type: ['reference'], topic: ['reference'] });
    expect(recordsOf('/explainers/la-mesilla-incident/')[0].filters).toEqual({ type: ['explainer'], topic: ['cross-border-incident', 'diplomacy'] });
    // Filter ids are the same in every language; only the labels on screen are translated.
    const spanish = [...records.values()].find((record) => /^\/[a-z]{2}\/explainers\/la-mesilla-incident\/$/.test(record.url));
    if (spanish) expect(spanish.filters).toEqual(recordsOf('/explainers/la-mesilla-incident/')[0].filters);
  });

  it('indexes the article\'s own text under its heading, not under the summary or note above it', () => {
    const lead = 'Mexican President Claudia Sheinbaum Pardo announced';
    for (const route of ['/article/', '/es/article/']) {
      const sections = recordsOf(route);
      expect(sections.find((record) => record.url === `${route}#article-text`)?.content, route).toContain(lead);
      // On the Spanish page the summary section came first: an English search led to it.
      expect(sections.filter((record) => !record.url.endsWith('#article-text') && record.content.includes(lead)).map((record) => record.url), route).toEqual([]);
    }
  });

  it('has a page map for each language that places every record on its page', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
    let mapped = 0;
    for (const { hash } of Object.values(entry.languages)) {
      const map = JSON.parse(readFileSync(join(DIST, 'pagefind', `pages.${hash}.json`), 'utf8')) as { pages: { url: string; top: string }[]; records: Record<string, number> };
      for (const [id, index] of Object.entries(map.records)) expect(map.pages[index].url).toBe(pageOf(records.get(id)!));
      for (const mappedPage of map.pages) expect(records.get(mappedPage.top)?.url).toBe(mappedPage.url);
      mapped += Object.keys(map.records).length;
    }
    expect(mapped).toBe(records.size);
  });

  it('has a word list for each language beside its page map: the words its records hold, each once, most used first, for "did you mean"', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'es']);
    for (const [language, { hash }] of Object.entries(entry.languages)) {
      const bytes = readFileSync(join(DIST, 'pagefind', `words.${hash}.json`));
      const words = JSON.parse(bytes.toString('utf8')) as string[];
      const folded = words.map((word) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
      expect(new Set(folded).size, language).toBe(words.length);
      expect(words[0], language).toBe('Guatemala');
      expect(words, language).toContain(language === 'es' ? 'México' : 'Mexico');
      // Indexed words only: each page's list of sources is left out of the index (the source list page is not).
      const indexed = [...records.values()].filter((record) => (language === 'es') === record.url.startsWith('/es/'));
      const text = indexed.map((record) => `${record.meta.title ?? ''} ${record.content}`.toLowerCase()).join(' ');
      for (const word of words.slice(0, 200)) expect(text, `${language}: "${word}"`).toContain(word.toLowerCase());
      // Loaded only when a word goes unmatched, but small all the same.
      expect(gzipSync(bytes).length, language).toBeLessThan(12 * 1024);
    }
  });

  it('is split into small chunks, and sections are small, so a first query downloads little', () => {
    const chunks = readdirSync(join(DIST, 'pagefind', 'index')).map((file) => readFileSync(join(DIST, 'pagefind', 'index', file)).length);
    expect(chunks.length).toBeGreaterThan(2);
    expect(Math.max(...chunks)).toBeLessThan(8 * 1024);
    const fragments = readdirSync(join(DIST, 'pagefind', 'fragment')).map((file) => readFileSync(join(DIST, 'pagefind', 'fragment', file)).length);
    expect(fragments.reduce((sum, size) => sum + size, 0) / fragments.length).toBeLessThan(1500);
  });
});

describe('search on an ordinary page', () => {
  /** The inline script that defines <search-trigger>, per page. */
  const triggers = htmlFiles().map((file) => {
    const $ = page(file);
    return $('script[type="module"]:not([src])').toArray().map((el) => $(el).text()).filter((code) => code.includes('search-trigger'));
  });
  const $ = page('/explainers/la-mesilla-incident/');

  it('is one small inline script on every page, which imports nothing up front', () => {
    for (const scripts of triggers) expect(scripts).toHaveLength(1);
    const code = triggers[0][0];
    expect(gzipSync(code).length).toBeLessThan(1024);
    expect(code).not.toMatch(/^import\s|from\s*["'`]/m);
    // The search pages (one per language) load search on arrival; no other page does.
    const others = htmlFiles().filter((file) => !/^\/(es\/)?search\/index\.html$/.test(file));
    expect(others.filter((file) => page(file)('script[src*="search" i], link[href*="search-ui"]').length > 0)).toEqual([]);
  });

  it('knows the address of the search bundle, which the build wrote in', () => {
    const bundle = $('search-trigger').attr('data-bundle') ?? '';
    expect(bundle).toMatch(/^\/_astro\/search-ui\.[\w-]+\.js$/);
    expect(existsSync(join(DIST, bundle))).toBe(true);
    expect(htmlFiles().every((file) => page(file)('search-trigger').attr('data-bundle') === bundle)).toBe(true);
    // Reached by address, the bundle must still offer what the trigger calls.
    expect(readFileSync(join(DIST, bundle), 'utf8')).toMatch(/export\s*\{[^}]*\bstartSearch\b/);
  });

  it('links to /search/ and preloads nothing of search', () => {
    expect($('header a[data-search-link]').attr('href')).toBe('/search/');
    expect($('link[href*="pagefind"], link[href*="search"], script[src*="pagefind"]')).toHaveLength(0);
  });

  it('ships the search dialog closed, labelled, with a form that works without the script', () => {
    const dialog = $('dialog[data-search-dialog]');
    expect(dialog.attr('open')).toBeUndefined();
    // Named apart from its search box ("Search the explainer"), so opening it does not say the same words twice.
    expect(dialog.attr('aria-label')).toBe('Search');
    expect(dialog.find(`label[for="${dialog.find('input').attr('id')}"]`).text()).toBe('Search the explainer');
    expect(dialog.find('form').attr('action')).toBe('/search/');
    expect(dialog.find('input[type="search"]').attr('name')).toBe('q');
    expect(dialog.find(`label[for="${dialog.find('input').attr('id')}"]`)).toHaveLength(1);
    expect(dialog.find('[role="status"]')).toHaveLength(1);
  });
});

describe('the header search button', () => {
  const button = (route: string) => page(route)('header [data-search-open]');

  it('promises a dialog on every page but the search pages, where it moves to the page\'s own search box', () => {
    for (const route of ['/', '/explainers/timeline/', '/es/sources/']) expect(button(route).attr('aria-haspopup'), route).toBe('dialog');
    for (const route of ['/search/', '/es/search/']) expect(button(route).attr('aria-haspopup'), route).toBeUndefined();
  });
});

describe('/search/ and /topics/', () => {
  it('/search/ has a <noscript> way to the topic and source indexes', () => {
    const noscript = page('/search/')('noscript').html() ?? '';
    expect(noscript).toContain('href="/topics/"');
    expect(noscript).toContain('href="/sources/"');
  });

  it('/topics/ lists every explainer under at least one topic', () => {
    const $ = page('/topics/');
    const linked = new Set($('main section a').map((_, a) => $(a).attr('href')).get());
    for (const route of explainerRoutes) expect(linked, route).toContain(route);
    expect(existsSync(join(DIST, 'topics', 'index.html'))).toBe(true);
  });

  it("/topics/ is reached from every page's footer, and from each explainer's topics, each leading to its own part of the index, in the page's language", () => {
    for (const [route, index] of [['/', '/topics/'], ['/sources/', '/topics/'], ['/es/', '/es/topics/']] as const) {
      expect(page(route)('footer a').map((_, a) => page(route)(a).attr('href')).get(), route).toContain(index);
    }
    for (const prefix of ['', '/es']) {
      const anchors = new Set(page(`${prefix}/topics/`)('section h2[id]').map((_, h2) => `${prefix}/topics/#${page(`${prefix}/topics/`)(h2).attr('id')}`).get());
      for (const route of explainerRoutes) {
        const $ = page(`${prefix}${route}`);
        const topics = $('article.explainer > header a[href*="/topics/#"]').map((_, a) => $(a).attr('href')).get();
        expect(topics.length, `${prefix}${route}`).toBeGreaterThan(0);
        for (const href of topics) expect(anchors, `${prefix}${route}: ${href}`).toContain(href);
      }
    }
  });
});
