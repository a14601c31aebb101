import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnyNode, Element, Text } from 'domhandler';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { briefStrings } from '../../src/lib/brief';
import { compareListed } from '../../src/lib/dates';
import { qrMatrix } from '../../src/lib/qr';
import { firstSentence } from '../../src/lib/term-hint';
import { t } from '../../src/i18n/ui';
import { keepTogether } from '../../src/lib/typography';
import { htmlFiles, page, routeOf } from '../helpers/dist';
import { modulesOf } from '../helpers/qr';
import { DIST } from '../helpers/serve';

const pages = htmlFiles();

describe('the build', () => {
  it('produces the home page, the article page and a search index', () => {
    expect(existsSync(join(DIST, 'index.html'))).toBe(true);
    expect(existsSync(join(DIST, 'article/index.html'))).toBe(true);
    expect(existsSync(join(DIST, 'pagefind/pagefind.js'))).toBe(true);
  });

  it('publishes at least twelve explainers', () => {
    expect(pages.filter((p) => p.startsWith('/explainers/')).length).toBeGreaterThanOrEqual(12);
  });
});

describe('the way to the briefs, for a reader printing for a meeting', () => {
  it.each(['', '/es'])('%s: every page\'s main navigation links the briefs', (prefix) => {
    const missing = pages
      .filter((file) => file.startsWith(`${prefix}/`) && (prefix || !file.startsWith('/es/')) && file.endsWith('index.html'))
      .filter((file) => page(file)('body > header nav a').filter((_, a) => page(file)(a).attr('href') === `${prefix}/briefs/`).length !== 1);
    expect(missing).toEqual([]);
  });

  it.each(['', '/es'])('%s: the home page points to the two-page briefs and the briefing pack', (prefix) => {
    const $ = page(`${prefix}/index.html`);
    const section = $('section[aria-labelledby="print-heading"]');
    expect(section.find('#print-heading').text()).toBe(prefix ? 'Para una reunión' : 'For a meeting');
    expect(section.find('a').map((_, a) => $(a).attr('href')).get()).toEqual([`${prefix}/briefs/`, `${prefix}/briefs/pack/`]);
    // On paper a link leads nowhere: each is followed by its address, printed only.
    const host = new URL($('link[rel="canonical"]').attr('href')!).host;
    const printed = section.find('a + span.hidden').map((_, span) => $(span).text()).get();
    expect(printed).toEqual([` (${host}${prefix}/briefs/)`, ` (${host}${prefix}/briefs/pack/)`]);
    expect(section.find('a + span.hidden').attr('class')).toContain('print:inline');
    expect($('section[aria-labelledby="situation-heading"] a + span.hidden').text()).toBe(` (${host}${prefix}/article/)`);
  });
});

describe('how current a page is', () => {
  // Worked out here from the content files, apart from the site's code: the newest dated source.
  const dates = new Map((parse(readFileSync('content/sources/sources.yaml', 'utf8')) as { id: string; date: string }[]).map((source) => [source.id, String(source.date)]));
  const newest = (ids: string[]) => ids.map((id) => dates.get(id)!).filter((date) => /^\d{4}/.test(date)).sort().at(-1);
  type Cited = { cite?: string };
  const ids = (items: Cited[]) => items.flatMap((item) => (item.cite ? item.cite.split(',').map((id) => id.trim()) : []));
  /** Every source id a brief cites: its bottom line, key points (the takeaways), background and what to watch. */
  const briefSources = (slug: string) => {
    const data = parse(readFileSync(`content/explainers/${slug}.mdx`, 'utf8').split(/^---$/m)[1]) as { takeaways: Cited[]; brief: { bottomLine: Cited; background: Cited[]; watch: Cited[] } };
    return ids([data.brief.bottomLine, ...data.takeaways, ...data.brief.background, ...data.brief.watch]);
  };
  const slugs = readdirSync('content/explainers').map((name) => name.replace(/\.mdx$/, ''));
  /** Every source id some content file other than the source lists names: the sources a page cites. */
  const citedOnSite = () => {
    const text = readdirSync('content', { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(mdx?|ya?ml)$/.test(file) && !/(^|\/)sources\//.test(file))
      .map((file) => readFileSync(`content/${file}`, 'utf8'))
      .join('\n');
    return [...dates.keys()].filter((id) => new RegExp(`(?<![\\w-])${id}(?![\\w-])`).test(text));
  };

  it.each(['', '/es'])('%s: the home page gives the date of the newest source cited on the site, the pack cover that of the newest in the pack', (prefix) => {
    expect(page(`${prefix}/index.html`)('section[aria-labelledby="situation-heading"] time').attr('datetime')).toBe(newest(citedOnSite()));
    const pack = page(`${prefix}/briefs/pack/index.html`);
    const cited = pack('.pack-cover .brief-newest-source time').attr('datetime');
    expect(cited).toBe(newest(slugs.flatMap(briefSources).concat(ids(parse(readFileSync('content/timeline/events.yaml', 'utf8')) as Cited[]))));
  });

  it.each(slugs)('the %s brief gives the date of the newest source it cites, in both languages, one its notes list', (slug) => {
    const expected = newest(briefSources(slug));
    expect(expected).toMatch(/^\d{4}/);
    for (const prefix of ['', '/es']) {
      const $ = page(`${prefix}/briefs/${slug}/index.html`);
      const time = $('.brief-masthead .brief-newest-source time');
      expect(time.attr('datetime'), `${prefix}/briefs/${slug}/`).toBe(expected);
      expect(time.text()).not.toBe('');
    }
  });
});

describe('tables in the pages', () => {
  const tables = pages.flatMap((file) => {
    const $ = page(file);
    return $('main table').map((index, table) => ({ name: `${file} table ${index + 1}`, $, table })).get();
  });

  it('are on the pages that report figures side by side', () => {
    expect(tables.length).toBeGreaterThanOrEqual(10);
  });

  // A screen reader moving down a column then names the row each cell belongs to ("871 km").
  it("each have a header row, and each body row is headed by its first cell (src/lib/row-headers.ts)", () => {
    const problems = tables.flatMap(({ name, $, table }) => {
      if ($(table).find('thead th').length === 0) return [`${name}: no header row`];
      if ($(table).find('thead th:not([scope="col"])').length) return [`${name}: a column header without scope="col"`];
      return $(table)
        .find('tbody tr')
        .map((row, tr) => {
          const cells = $(tr).children().get();
          const [first, ...rest] = cells;
          const headed = first?.tagName === 'th' && $(first).attr('scope') === 'row' && rest.every((cell) => cell.tagName === 'td');
          return headed ? [] : [`${name}, row ${row + 1}: ${cells.map((cell) => cell.tagName).join(', ')}`];
        })
        .get();
    });
    expect(problems).toEqual([]);
  });
});

describe('long-form text (.prose)', () => {
  // The prose rules (src/styles/global.css) skip everything inside a .not-prose element, a .prose block
  // nested there included: a callout's list lost its bullets and its paragraphs their spacing.
  it('is never a .prose block inside a .not-prose one, where its rules do not reach', () => {
    const problems = pages.flatMap((file) => {
      const $ = page(file);
      return $('.not-prose .prose').map((_, element) => `${file}: .prose inside .${$(element).closest('.not-prose').attr('class')?.split(' ')[0]}`).get();
    });
    expect(problems).toEqual([]);
  });
});

describe('citation marks', () => {
  // A space before a note mark lets it start a line on a phone ("[1, 2, 3]" alone under its sentence).
  // MDX is checked when it is read (spacedCitations); this catches the pages and components that
  // write a mark after text of their own (the home page's three sentences, the brief list).
  it('follow their word or punctuation with no space, on every page', () => {
    let marks = 0;
    const problems = pages.flatMap((file) => {
      const $ = page(file);
      return $('sup.cite')
        .map((_, mark) => {
          marks += 1;
          const before = mark.prev;
          const text = before?.type === 'text' ? before.data : '';
          return /\s$/.test(text) ? `${file}: "…${text.slice(-30).trimStart()}" before ${$(mark).text()}` : [];
        })
        .get();
    });
    expect(marks).toBeGreaterThan(1000);
    expect(problems).toEqual([]);
  });
});

describe('citation mark order', () => {
  it('lists the notes of a mark in number order on every page ("[1, 2]", never "[2, 1]")', () => {
    let multiple = 0;
    const problems = pages.flatMap((file) => {
      const $ = page(file);
      return $('sup.cite')
        .map((_, mark) => {
          const numbers = $(mark).find('a').map((_, a) => Number($(a).text())).get();
          if (numbers.length > 1) multiple += 1;
          return numbers.every((n, i) => i === 0 || numbers[i - 1] < n) ? [] : [`${file}: [${numbers.join(', ')}]`];
        })
        .get();
    });
    expect(multiple).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });
});

describe('line breaks on a phone', () => {
  const explainers = pages.filter((file) => /\/explainers\/[^/]+\/index\.html$/.test(file));

  it('never fall between a number and its unit, or inside a code like "Decree 1-2026", in an explainer', () => {
    let codes = 0;
    const problems = explainers.flatMap((file) => {
      const $ = page(file);
      const found: string[] = [];
      const visit = (node: AnyNode) => {
        if (node.type === 'text') {
          const text = (node as Text).data;
          for (const m of text.matchAll(/\d (?:km|kilómetros|million|millones)(?![\p{L}])/gu)) found.push(`"${m[0]}" with a breaking space`);
          for (const m of text.matchAll(/(?<![\p{L}\d-])\d+(?:-\d+)+(?![\p{L}\d-])/gu)) {
            codes += 1;
            if (!$(node.parent!).closest('.kept').length) found.push(`"${m[0]}" may break at a hyphen`);
          }
        } else if ('children' in node && !['script', 'style'].includes((node as Element).name)) (node as Element).children.forEach(visit);
      };
      $('.prose').each((_, element) => visit(element));
      return found.map((problem) => `${file}: ${problem}`);
    });
    expect(explainers.length).toBeGreaterThan(20);
    expect(codes).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it('never fall between a day and its month ("19 / January 2026"), in the main text of explainers and briefs or a source list', () => {
    const months = [...t('en').dates.months, ...t('es').dates.months].join('|');
    const breakable = new RegExp(`(?<![\\p{L}\\d])\\d{1,2}(?: | de |\u00a0de | de\u00a0)(?:${months})(?![\\p{L}])`, 'gu');
    const kept = new RegExp(`(?<![\\p{L}\\d])\\d{1,2}\u00a0(?:de\u00a0)?(?:${months})(?![\\p{L}])`, 'gu');
    let dates = 0;
    const problems = pages.flatMap((file) => {
      const $ = page(file);
      const blocks = /^(\/es)?\/(explainers|briefs)\//.test(file) ? 'main' : '.prose, .source-list';
      return $(blocks)
        .toArray()
        .flatMap((block) => {
          const copy = $(block).clone();
          // Kept on a line already, or a citation to copy as plain text.
          copy.find('.kept, pre, .print-cite-line').remove();
          const text = copy.text();
          dates += (text.match(kept) ?? []).length;
          return (text.match(breakable) ?? []).map((date) => `${file}: "${date}"`);
        });
    });
    expect(dates).toBeGreaterThan(500);
    expect(problems).toEqual([]);
  });

  // "[28, / 29, 30, 53]" left a number alone on a line; a ten-note mark kept whole pushed its sentence apart.
  it('keep a note mark of up to 20 characters whole, and let a longer one wrap after a comma, never leaving its first or last number alone', () => {
    const seen = { short: 0, long: 0 };
    const problems = pages.flatMap((file) => {
      const $ = page(file);
      return $('sup.cite')
        .map((_, mark) => {
          const text = $(mark).text().replace('\u2060', '');
          const separators = text.match(/,[ \u00a0]/g) ?? [];
          if (separators.length === 0) return [];
          const long = text.replace(/\u00a0/g, ' ').length > 20;
          seen[long ? 'long' : 'short'] += 1;
          const breakable = separators.map((separator) => separator === ', ');
          const expected = separators.map((_, index) => long && index > 0 && index < separators.length - 1);
          return breakable.join() === expected.join() ? [] : [`${file}: ${text.replace(/\u00a0/g, '~')}`];
        })
        .get();
    });
    expect(seen.short).toBeGreaterThan(100);
    expect(seen.long).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });

  it('keep the breadcrumb separator at the end of its crumb, so no line starts with it', () => {
    const problems = pages.flatMap((file) => {
      const $ = page(file);
      return $('nav ol li')
        .filter((_, li) => $(li).closest('nav').attr('aria-label')?.match(/Breadcrumb|Ruta/i) != null)
        .map((_, li) => ($(li).children().first().text() === '›' ? `${file}: a crumb starts with ›` : []))
        .get();
    });
    expect(problems).toEqual([]);
  });

  it("keep each date under an explainer's title on one line ('6 de diciembre de / 2026' split on phones)", () => {
    const times = explainers.flatMap((file) => {
      const $ = page(file);
      return $('.page-meta time').toArray().map((time) => $(time));
    });
    expect(times.length).toBe(2 * explainers.length);
    expect(times.filter((time) => !time.hasClass('kept')).map((time) => time.text())).toEqual([]);
  });

  it('keep a year range in a title whole ("2025– / 2026" on a phone)', () => {
    let ranges = 0;
    const problems = pages.flatMap((file) => {
      const $ = page(file);
      return $('h1, h2, h3')
        .toArray()
        .flatMap((heading) => {
          const kept = $(heading).find('.kept').toArray().map((span) => $(span).text());
          return [...$(heading).text().matchAll(/\d{4}–\d{2,4}/g)].flatMap((m) => {
            ranges += 1;
            return kept.includes(m[0]) ? [] : [`${file}: "${$(heading).text().trim()}"`];
          });
        });
    });
    expect(ranges).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });

  it.each(['/explainers/timeline/', '/es/explainers/timeline/'])('%s makes each date a heading under its section, once where events of a date follow each other: to move through by heading, with no date twice in a row', (route) => {
    const $ = page(route);
    const events = $('li.timeline-event');
    expect(events.length).toBeGreaterThan(50);
    // The date alone is the heading (a heading list, the PDF outline); its note follows it on the line.
    const headings = events.children('.timeline-date').children('h3');
    expect(headings.toArray().every((h3) => $(h3).text() === $(h3).find('time').text())).toBe(true);
    // A second event on a date sits under the first one's heading, its date shown as text.
    const dates = events.map((_, event) => $(event).find('.timeline-date time').attr('datetime')).get();
    expect(headings.map((_, h3) => $(h3).find('time').attr('datetime')).get()).toEqual(dates.filter((date, index) => date !== dates[index - 1]));
    // A date twice in the list is two places: "June 2025" reported on 10 June, and again on 26 June.
    const texts = headings.map((_, h3) => $(h3).text()).get();
    expect(texts.filter((text, index) => text === texts[index - 1])).toEqual([]);
    expect(headings.length).toBeLessThan(events.length);
    // Oldest first, an event known only to its month at the day its note gives (listedAt) or else
    // after that month's days, and the events of one place in the order the file lists them, which
    // is the order they happened in (Petén, then "went on to Calakmul"), not by id.
    const written = (parse(readFileSync('content/timeline/events.yaml', 'utf8')) as { id: string; date: string; listedAt?: string }[]).map((event, index) => ({ ...event, index }));
    const expected = written.sort((a, b) => compareListed(a, b) || a.index - b.index).map((event) => `event-${event.id}`);
    const shown = events.map((_, event) => $(event).attr('id')).get();
    expect(shown).toEqual(expected);
    // Officers investigated "after the La Mesilla shooting", reported on 10 June 2025, follow the
    // shooting and come before their dismissal on 13 June.
    const at = (id: string) => shown.indexOf(`event-${id}`);
    expect(at('2025-06-pnc-officers-under-investigation')).toBeGreaterThan(at('2025-06-10-sre-apology'));
    expect(at('2025-06-pnc-officers-under-investigation')).toBeLessThan(at('2025-06-11-plan-mercurio'));
    // The section holding the list is an h2, so the dates are one level below it.
    expect($('ol.timeline').prevAll('h2, h3, h4').first().prop('tagName')).toBe('H2');
  });

  it('set a timeline date note after a dash, not in parentheses around a sentence', () => {
    const $ = page('/explainers/timeline/index.html');
    const notes = $('.timeline-date > span').map((_, span) => $(span).text()).get();
    expect(notes.length).toBeGreaterThan(20);
    expect(notes.filter((note) => !note.startsWith(' — '))).toEqual([]);
  });
});

describe('quotation marks and apostrophes', () => {
  // MDX gives the body typographer's marks; text from frontmatter, YAML, component props and the
  // site's strings used to keep the keyboard's ("What we don't know" over a body that says "don’t").
  const KEPT_AS_WRITTEN = new Set(['script', 'style', 'pre', 'code', 'noscript']);
  const ATTRIBUTES = ['aria-label', 'title', 'alt'];

  it('are typographer’s marks in every text a reader sees or hears, on every page', () => {
    let curly = 0;
    const problems = pages.flatMap((file) => {
      const $ = page(file);
      const found: string[] = [];
      const check = (text: string, where: string) => {
        curly += (text.match(/[’“”]/g) ?? []).length;
        for (const m of text.matchAll(/\S*["']\S*/g)) found.push(`${file}: ${where} "${m[0]}"`);
      };
      const visit = (node: AnyNode) => {
        if (node.type === 'text') check((node as Text).data, 'text');
        else if ('children' in node) {
          const element = node as Element;
          if (KEPT_AS_WRITTEN.has(element.name)) return;
          for (const name of ATTRIBUTES) if (element.attribs[name]) check(element.attribs[name], name);
          element.children.forEach(visit);
        }
      };
      visit($('html')[0]);
      $('meta[name="description"], meta[property^="og:"]').each((_, meta) => check($(meta).attr('content') ?? '', `meta ${$(meta).attr('name') ?? $(meta).attr('property')}`));
      return found;
    });
    expect(curly).toBeGreaterThan(1000);
    expect(problems).toEqual([]);
  });

  // Mexican usage, and what the body text gets: the sources' notes and the search messages used «»
  // beside it. The Chicago citation keeps «», as the Chicago-Deusto manual has it.
  it('are “ ” on Spanish pages too, never « » beside them, outside the Chicago citation', () => {
    const spanish = pages.filter((file) => file.startsWith('/es/'));
    const problems = spanish.flatMap((file) => {
      const $ = page(file);
      $('script, style, #cite-chicago').remove();
      const text = $('body').text();
      return (text.match(/«[^»]{0,40}»?/g) ?? []).map((found) => `${file}: ${found}`);
    });
    expect(spanish.length).toBeGreaterThan(20);
    expect(problems).toEqual([]);
  });
});

describe('Spanish names in English text', () => {
  // Read with English sounds, "Cinturón de Fuego" is garbled. On every English explainer and brief
  // each of these names sits inside an element marked lang="es": by hand (<Es name>) in a page's
  // body, by the glossary (src/lib/foreign-names.ts) in text from data files.
  const NAMES = ['Grupo de Alto Nivel de Seguridad', 'Fuerza de Reacción Inmediata Pakal', 'Cinturón de Fuego', 'Sembrando Vida', 'Jóvenes Construyendo el Futuro', 'Secretaría de Seguridad del Pueblo', 'Plan Mercurio', 'Estatal Pakales'];
  // Spanish words, set in italics: in headings and timeline date notes too.
  const WORDS = ['ejido', 'brecha'];
  const englishPages = pages.filter((p) => /^\/(explainers|briefs)\/[^/]+\/index\.html$/.test(p));
  // Source titles, the changelog and the timeline's "Places:" line are not part of this promise.
  const LEFT_OUT = '.source-list, .changelog, .timeline-meta, .brief-sources, nav, header';

  it('are marked as Spanish wherever an English explainer or brief names them', () => {
    let found = 0;
    const unmarked: string[] = [];
    for (const file of englishPages) {
      const $ = page(file);
      $('main *').contents().each((_, node) => {
        if (node.type !== 'text' || $(node.parent!).closest(LEFT_OUT).length) return;
        for (const name of [...NAMES, ...WORDS]) {
          if (!new RegExp(`(?<!\\p{L})${name}(?!\\p{L})`, 'u').test(node.data)) continue;
          found += 1;
          if ($(node.parent!).closest('[lang]').attr('lang') !== 'es') unmarked.push(`${file}: "${name}" in "${node.data.trim().slice(0, 60)}"`);
        }
      });
    }
    expect(found).toBeGreaterThan(30);
    expect(unmarked).toEqual([]);
  });

  it('are set upright, as names; a Spanish word the glossary lists ("estado de sitio") in italics', () => {
    const $ = page('/explainers/glossary/index.html');
    expect($('main i[lang="es"]').filter((_, i) => NAMES.includes($(i).text())).length).toBe(0);
    expect($('main span[lang="es"]').filter((_, span) => NAMES.includes($(span).text())).length).toBeGreaterThan(3);
    // The glossary brief's list of terms comes from YAML: its words are marked by the glossary.
    const brief = page('/briefs/glossary/index.html');
    expect(brief('main i[lang="es"]').filter((_, i) => brief(i).text() === 'estado de sitio').length).toBeGreaterThan(0);
  });
});

describe('glossary links (<Term>)', () => {
  type Term = { id: string; expansion?: string; definition: string };
  /** The glossary as the pages are built from it: Spanish definitions laid over the English entries by id. */
  const glossary = (language: 'en' | 'es') => {
    const english = parse(readFileSync('content/glossary/terms.yaml', 'utf8')) as Term[];
    const spanish = new Map((parse(readFileSync('content/es/glossary/terms.yaml', 'utf8')) as Term[]).map((term) => [term.id, term]));
    return new Map(english.map((term) => [term.id, language === 'es' ? { ...term, definition: spanish.get(term.id)?.definition ?? '' } : term]));
  };
  // The hover hint is one line: the expansion or the first sentence of the entry it leads to, not the whole definition.
  it('hint with one sentence of the entry they lead to, unless it would only repeat the link text', () => {
    const glossaries = new Map<string, ReturnType<typeof page>>();
    const problems: string[] = [];
    const unhinted: string[] = [];
    let links = 0;
    for (const file of pages) {
      const $ = page(file);
      $('a.term').each((_, link) => {
        links += 1;
        const [path, id] = ($(link).attr('href') ?? '').split('#');
        if (!glossaries.has(path)) glossaries.set(path, page(path));
        const entry = glossaries.get(path)!(`[id="${id}"]`).text().replace(/\s+/g, ' ');
        const hint = $(link).attr('title');
        const repeats = (text: string) => text.toLowerCase().replace(/\.$/, '') === $(link).text().trim().toLowerCase();
        if (hint === undefined) {
          // Left out only where the hint it would have had is the link text itself.
          const term = glossary(file.startsWith('/es/') ? 'es' : 'en').get(id.replace(/^term-/, ''));
          if (!term || !repeats(term.expansion ?? firstSentence(term.definition))) unhinted.push(`${file}: "${$(link).text()}"`);
        } else if (!hint || repeats(hint) || firstSentence(hint) !== hint || !entry.includes(hint)) problems.push(`${file}: "${$(link).text()}" has the hint "${hint}"`);
      });
    }
    expect(links).toBeGreaterThan(50);
    expect(problems).toEqual([]);
    // Only a link whose words are its hint goes without one ("state of siege").
    expect(unhinted).toEqual([]);
  });
});

describe('the not-found page', () => {
  // It is written in English and Spanish, so its header offers no switch (it used to say "not yet available in Spanish").
  it('has no language switcher, and says what happened in both languages', () => {
    const $ = page('/404.html');
    expect($('.language-switcher')).toHaveLength(0);
    expect($('section[lang="en"] h1').text()).toBe('Page not found');
    expect($('section[lang="es"] h2').text()).toBe('Página no encontrada');
  });

  it('has a Spanish edition at /es/404.html: Spanish first, in the Spanish frame, English after', () => {
    const $ = page('/es/404.html');
    expect($('html').attr('lang')).toBe('es');
    expect($('.language-switcher')).toHaveLength(0);
    expect($('section[lang="es"] h1').text()).toBe('Página no encontrada');
    expect($('section[lang="en"] h2').text()).toBe('Page not found');
    expect($('header nav a').first().text()).toBe('Empiece aquí');
    expect($('link[rel="canonical"]').attr('href')).toMatch(/\/es\/404\.html$/);
  });
});

describe('the "single source" mark', () => {
  const explainers = pages.filter((file) => /^(\/es)?\/explainers\/[^/]+\/index\.html$/.test(file));

  it('is explained in words under the heading of the source list of every page that uses it, and only there', () => {
    const wrong = explainers.flatMap((file) => {
      const $ = page(file);
      const { content } = t(file.startsWith('/es/') ? 'es' : 'en');
      const legend = $('.source-list > [data-single-source-legend]');
      const marks = $('main .single-source').length - legend.find('.single-source').length;
      const explained = legend.length === 1 && legend.text() === `${content.singleSource} ${content.singleSourceLegend}` && legend.prev().is('h2#sources-heading');
      return marks > 0 === explained && $('[data-single-source-legend]').length === legend.length ? [] : [`${file}: ${marks} marks, ${legend.length} legends ("${legend.text()}")`];
    });
    expect(explainers.length).toBeGreaterThanOrEqual(24);
    expect(wrong).toEqual([]);
  });
});

describe('labels read aloud', () => {
  it('set "single source" apart from the sentence after it, and a reliability badge apart from its note', () => {
    const singles = ['/explainers/whos-who/', '/es/explainers/whos-who/'].flatMap((route) => page(route)('main .single-source').filter((_, label) => !page(route)(label).parent().is('[data-single-source-legend]')).map((_, label) => page(route)(label).text()).get());
    expect(singles.length).toBeGreaterThan(10);
    for (const text of singles) expect(text).toMatch(/^\(.+\)$/);
    const $ = page('/sources/');
    const badges = $('.source-entry .text-caution-ink').filter((_, badge) => $(badge).next('.block').length > 0);
    expect(badges.length).toBeGreaterThan(0);
    badges.each((_, badge) => expect($(badge).text()).toMatch(/:$/));
  });

  it('read the details under an explainer\'s title as a list of three, and the contents\' visible title once, as its landmark\'s name', () => {
    for (const route of ['/explainers/la-mesilla-incident/', '/es/explainers/timeline/']) {
      const $ = page(route);
      expect($('ul.page-meta > li').length, route).toBe(3);
      expect($('nav.toc').attr('aria-label'), route).toBe($('nav.toc .toc-title').text());
      expect($('nav.toc .toc-title').attr('aria-hidden'), route).toBe('true');
    }
  });

  it("give no two sections of a page the same name in a screen reader's list of headings (the footer's \"Sources and gaps\" beside the page's \"Sources\")", () => {
    const repeated = pages.flatMap((file) => {
      const $ = page(file);
      const names = $('h2').map((_, heading) => $(heading).text().trim()).get();
      return [...new Set(names.filter((name, index) => names.indexOf(name) !== index))].map((name) => `${routeOf(file)}: two h2 "${name}"`);
    });
    expect(pages.length).toBeGreaterThan(60);
    expect(repeated).toEqual([]);
  });
});

describe('the sources page', () => {
  it.each([
    ['/sources/', 'Source id:'],
    ['/es/sources/', 'Identificador:'],
  ])('%s: names each source\'s id as one, not as a bare slug', (route, label) => {
    const $ = page(route);
    const records = $('li.source-record').toArray();
    expect(records.length).toBeGreaterThan(100);
    for (const record of records) {
      const line = $(record).children('p').first().text().replace(/\s+/g, ' ').trim();
      expect(line.startsWith(`${label} ${$(record).attr('id')} · `), line).toBe(true);
    }
  });

  it.each(['/sources/', '/es/sources/'])('%s: each "cited in" link lands on that source\'s entry in the citing page, not at its top', (route) => {
    const $ = page(route);
    const pages = new Map<string, ReturnType<typeof page>>();
    const citing = (path: string) => pages.get(path) ?? pages.set(path, page(path)).get(path)!;
    const links = $('li.source-record > p a').toArray();
    expect(links.length).toBeGreaterThan(200);
    for (const link of links) {
      const source = $(link).closest('li.source-record');
      const [path, fragment] = ($(link).attr('href') ?? '').split('#');
      expect(fragment, `${source.attr('id')} → ${path}`).toMatch(/^source-\d+$/);
      const entry = citing(path)(`#${fragment}`);
      // The entry there is the same source: same publisher and title (a source may have no address).
      const described = (el: ReturnType<typeof entry.first>) => el.find('.source-entry > b, .source-entry > a, .source-entry > span[lang]').map((_, part) => $(part).text()).get().join(' | ');
      expect(entry, `${source.attr('id')} → ${path}#${fragment}`).toHaveLength(1);
      expect(described(entry), `${source.attr('id')} → ${path}#${fragment}`).toBe(described(source));
    }
  });
});

describe('the reading path on the home page', () => {
  it.each(['/', '/es/'])('%s numbers the explainers 1, 2, 3… as its list does, whatever their order values', (route) => {
    const numbers = page(route)('#explainers + p + ol > li > span[aria-hidden]').map((_, span) => page(route)(span).text()).get();
    expect(numbers.length).toBeGreaterThanOrEqual(12);
    expect(numbers).toEqual(numbers.map((_, index) => String(index + 1)));
  });
});

describe('the reading path under each explainer', () => {
  it.each([['/explainers/migration/', 'Previous', 'Next'], ['/es/explainers/migration/', 'Anterior', 'Siguiente']])('%s reads "%s: <title>" and "%s: <title>", not the two run together', (route, previous, next) => {
    const $ = page(route);
    const names = ['prev', 'next'].map((rel) => $(`nav a[rel="${rel}"]`).text().replace(/\s+/g, ' ').trim());
    expect(names[0]).toMatch(new RegExp(`^${previous}: \\S`));
    expect(names[1]).toMatch(new RegExp(`^${next}: \\S`));
  });
});

describe('the article page', () => {
  const seed = readFileSync(join(import.meta.dirname, '../../content/article/article.md'), 'utf8').split(/^---$/m)[2];
  const lines = seed.split('\n').filter((line) => line.trim() !== '');
  const $ = page('/article/');
  const blocks = $('.article-text')
    .children()
    .map((_, el) => $(el).text())
    .get();

  it('shows every paragraph and subheading of the article, character for character, in order', () => {
    expect(lines.length).toBe(10);
    expect(blocks).toEqual(lines);
  });

  it('keeps the two subheadings as headings and credits OEM', () => {
    expect($('.article-text h3').map((_, el) => $(el).text()).get()).toEqual(['Focus on Border Cooperation', 'Regional Implications']);
    // Under a heading of their own, one level below it, not beside the editor's note.
    expect($('.article-text').prev('h2').text()).toBe('The article as received');
    expect($('.article-credit').text()).toBe('Source: OEM');
  });

  it('says the date is not stated and carries an editor\'s note with sources', () => {
    expect($('main').text()).toContain('Date not stated in the text');
    expect($('.editors-note li').length).toBeGreaterThanOrEqual(3);
    expect($('.editors-note sup.cite a').length).toBeGreaterThan(0);
  });
});

describe.each(pages)('%s', (file) => {
  const $ = page(file);

  it('has one h1, a language, a title and a description', () => {
    expect($('h1')).toHaveLength(1);
    expect($('html').attr('lang')).toMatch(/^(en|es)$/);
    expect($('title').text().length).toBeGreaterThan(5);
    expect($('meta[name="description"]').attr('content')?.length).toBeGreaterThan(30);
  });

  it('has a canonical URL for its own address', () => {
    const canonical = $('link[rel="canonical"]').attr('href') ?? '';
    expect(new URL(canonical).pathname).toBe(routeOf(file).replace(/\/404\.html$/, '/404.html'));
  });

  it('has a skip link to the main landmark', () => {
    const expected = $('html').attr('lang') === 'es' ? 'Saltar al contenido principal' : 'Skip to main content';
    expect($('body a').first().attr('href')).toBe('#main-content');
    expect($('a[href="#main-content"]').first().text()).toBe(expected);
    expect($('main#main-content')).toHaveLength(1);
  });
});

describe.each(pages.filter((p) => /^\/(es\/)?explainers\/[^/]+\/index\.html$/.test(p)))('citations on %s', (file) => {
  const $ = page(file);
  const marks = $('sup.cite a');

  it('has at least five citations', () => {
    expect(marks.length).toBeGreaterThanOrEqual(5);
  });

  it('links every note to an entry of its source list, and every entry back to a note', () => {
    const ids = new Set($('[id]').map((_, el) => $(el).attr('id')).get());
    const notes = marks.map((_, a) => $(a).attr('href')!.slice(1)).get();
    expect(notes.filter((id) => !ids.has(id))).toEqual([]);
    const backlinks = $('.source-list .backlinks a').map((_, a) => $(a).attr('href')!.slice(1)).get();
    expect(backlinks.length).toBeGreaterThan(0);
    expect(backlinks.filter((id) => !ids.has(id))).toEqual([]);
    const entries = $('.source-list li[id^="source-"]').length;
    expect(new Set(notes).size).toBe(entries);
  });
});

describe.each(['/briefs/', '/es/briefs/'])('the briefs index %s', (index) => {
  const $ = page(index);
  const items = $('main li:has(> h2)').toArray();

  it('says where the notes after each bottom line lead', () => {
    expect($('main p').text()).toContain(briefStrings(index.startsWith('/es/') ? 'es' : 'en').briefsNotes);
  });

  it('lists every brief', () => {
    expect(items.length).toBe(pages.filter((p) => p.startsWith(`${index}`) && /\/briefs\/(?!pack\/)[^/]+\/index\.html$/.test(p)).length);
  });

  // The bottom lines state facts, so they carry the notes their briefs give them, pointing at the brief's source list.
  it.each(items.map((item) => [$(item).find('h2 a').attr('href')!, item]))('cites the bottom line of %s as the brief does', (brief, item) => {
    const marks = $(item).find('sup.cite a').toArray().map((a) => ({ href: $(a).attr('href')!, label: $(a).attr('aria-label') }));
    const $brief = page(brief);
    const expected = $brief('.brief-bottom-line sup.cite a').toArray().map((a) => ({ href: brief + $brief(a).attr('href')!, label: $brief(a).attr('aria-label') }));
    expect(expected.length).toBeGreaterThan(0);
    expect(marks).toEqual(expected);
    for (const { href } of marks) expect($brief(href.slice(brief.length))).toHaveLength(1);
  });
});

describe('the QR code printed on each page', () => {
  const printed = pages.map((file) => ({ file, $: page(file) })).filter(({ $ }) => $('img.print-cite-qr').length > 0);

  it('is on every explainer, the article and the other printable pages', () => {
    expect(printed.length).toBeGreaterThanOrEqual(30);
  });

  // Scanned as a phone would read it off paper: whole black and white modules that spell the page's own address.
  it.each(printed.map(({ file, $ }) => [file, $]))('%s: leads to the page itself', async (_, $) => {
    const src = $('img.print-cite-qr').attr('src')!;
    const { data, info } = await sharp(join(DIST, src)).greyscale().raw().toBuffer({ resolveWithObject: true });
    const expected = qrMatrix($('link[rel="canonical"]').attr('href')!);
    expect(info.width).toBe(info.height);
    expect(modulesOf(data, info.width, info.width / (expected.length + 8))).toEqual(expected);
  });
});

describe.each(pages.filter((p) => /^\/(es\/)?explainers\/[^/]+\/index\.html$/.test(p)))('reading time on %s', (file) => {
  // Measured on the built page: the words of the article before its source list (no note marks,
  // no navigation, no changelog: a record of edits, not part of the reading), at the 220 words a
  // minute the estimate uses. The page's own chrome (title, dates, labels, the map's text version)
  // adds a little, so the estimate may be somewhat lower, never far off.
  it('matches the words the page shows, events and terms included', () => {
    const $ = page(file);
    const label = $('article.explainer header .page-meta li').filter((_, item) => /^\d+ min\b/.test($(item).text())).text();
    const shown = Number(/^(\d+) min/.exec(label)![1]);
    const article = $('article.explainer').clone();
    article.find('sup.cite, nav, script, .changelog, .source-list, .source-list ~ *').remove();
    const measured = article.text().split(/\s+/).filter(Boolean).length / 220;
    expect(shown).toBeGreaterThanOrEqual(Math.floor(measured * 0.7));
    expect(shown).toBeLessThanOrEqual(Math.ceil(measured * 1.1));
  });
});
