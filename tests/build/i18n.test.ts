/** The Spanish edition: every page exists in both languages, and the pairs point at each other. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ROOT } from '../helpers/astro-build';
import { htmlFiles, page, routeOf } from '../helpers/dist';
import { UI } from '../../src/i18n/ui';

const routes = htmlFiles()
  .map(routeOf)
  .filter((route) => !route.endsWith('404.html') && !route.includes('/briefs/pack/print'));
const english = routes.filter((route) => !route.startsWith('/es/'));
const spanish = routes.filter((route) => route.startsWith('/es/'));

describe('Spanish edition', () => {
  it('has a Spanish page for every English page', () => {
    const missing = english.filter((route) => !spanish.includes(`/es${route}`));
    expect(missing, 'pages with no Spanish edition: an explainer (and its brief) needs its translation in content/es/explainers/<slug>.mdx (README, "Add an explainer")').toEqual([]);
  });

  it('has an English page for every Spanish page', () => {
    const missing = spanish.filter((route) => !english.includes(route.slice(3)));
    expect(missing).toEqual([]);
  });

  it.each(english)('%s and its Spanish page name each other with hreflang', (route) => {
    const en = page(route);
    const es = page(`/es${route}`);
    const pathOf = (href: string | undefined) => (href ? new URL(href).pathname : undefined);
    expect(en('html').attr('lang')).toBe('en');
    expect(es('html').attr('lang')).toBe('es');
    expect(pathOf(en('link[rel="alternate"][hreflang="es"]').attr('href'))).toBe(`/es${route}`);
    expect(pathOf(es('link[rel="alternate"][hreflang="en"]').attr('href'))).toBe(route);
    expect(pathOf(en('link[rel="alternate"][hreflang="en"]').attr('href'))).toBe(route);
    expect(pathOf(es('link[rel="alternate"][hreflang="es"]').attr('href'))).toBe(`/es${route}`);
    // The switch's hidden "Language:" is read in the page's language, the other language's name in its own.
    for (const [$, own, other] of [[en, 'en', 'es'], [es, 'es', 'en']] as const) {
      const link = $('a.language-switcher');
      expect(link.attr('hreflang')).toBe(other);
      expect(link.closest('[lang]').attr('lang')).toBe(own);
      expect(link.find('.sr-only').closest('[lang]').attr('lang')).toBe(own);
      expect(link.find(`[lang="${other}"]`).text()).toBe(other === 'es' ? 'Español' : 'English');
    }
  });

  it('names the timeline\'s places in Spanish where a name differs, in the page and in the pack', () => {
    for (const route of ['/es/explainers/timeline/', '/es/briefs/pack/']) {
      const places = page(route)('.timeline-event').text();
      expect(places, route).toContain('Nueva York, Chiapas, Soconusco');
      expect(places, route).toContain('lago Petén Itzá');
      for (const english of ['New York', 'Mexico City', 'Suchiate River', 'Lake Petén']) expect(places, `${route}: ${english}`).not.toContain(english);
    }
  });

  it('starts each timeline date heading with a capital, though Spanish writes a month in lower case ("Mayo de 2022"), in the page and in the pack', () => {
    for (const route of ['/es/explainers/timeline/', '/es/briefs/pack/']) {
      const $ = page(route);
      const headings = $('.timeline-date time').map((_, time) => $(time).text()).get();
      expect(headings.length, route).toBeGreaterThan(50);
      expect(headings.filter((text) => !/^[\dA-ZÁÉÍÓÚ]/.test(text)), route).toEqual([]);
      expect(headings, route).toContain('Mayo de 2022');
    }
  });

  it('labels a difference of accounts as a label, after which Spanish may keep the title\'s capital ("Versiones distintas: Dónde…", not "Las versiones difieren: Dónde…")', () => {
    const $ = page('/es/explainers/la-mesilla-incident/');
    const labels = $('.accounts-differ > p').map((_, label) => $(label).text().replace(/\s+/g, ' ').trim()).get();
    expect(labels).toContain('Versiones distintas: Dónde ocurrió la emboscada del 2 de junio');
  });

  it('writes no full stop after a source title that ends a sentence ("…", "EE.UU."), on screen, and one after its address on paper', () => {
    for (const route of ['/es/explainers/la-mesilla-incident/', '/explainers/migration/']) {
      const $ = page(route);
      // On screen: what is not hidden, up to the date (numbers such as "92%" aside).
      const shown = (entry: Parameters<typeof $>[0]) => $(entry).clone().find('.hidden').remove().end().text().replace(/\s+/g, ' ');
      expect($('.source-entry').map((_, entry) => shown(entry)).get().filter((text) => /[….]\. /.test(text)), route).toEqual([]);
      const ended = $('.source-entry > a').filter((_, link) => /[….]$/.test($(link).text()));
      expect(ended.length, route).toBeGreaterThan(0);
      // On paper the address follows the title, and the full stop the address (print.css).
      ended.each((_, link) => expect($(link).attr('data-print-address'), route).toMatch(/^https:\/\/\S+\.$/));
    }
  });

  it('labels one place "Lugar:" / "Place:" and several "Lugares:" / "Places:"', () => {
    for (const [route, one, many] of [['/es/explainers/timeline/', 'Lugar:', 'Lugares:'], ['/explainers/timeline/', 'Place:', 'Places:']] as const) {
      const $ = page(route);
      // Each event's places line: "Lugares: Nueva York, Chiapas, Soconusco".
      const lines = $('.timeline-event span').map((_, span) => $(span).text()).get().filter((text) => /^(Lugar|Place)/.test(text));
      const counted = lines.map((line) => ({ label: line.split(' ')[0], count: line.slice(line.indexOf(' ') + 1).split(', ').length }));
      expect(new Set(counted.map(({ count }) => count > 1)), route).toEqual(new Set([true, false]));
      for (const { label, count } of counted) expect(label, `${route}: ${count} place(s)`).toBe(count === 1 ? one : many);
    }
  });

  it('labels callouts in the page\'s language: what the site did not find is "No encontrado" / "Not found"', () => {
    const pages = [
      ['/es/explainers/security-cooperation/', 'No encontrado'],
      ['/explainers/security-cooperation/', 'Not found'],
      ['/es/explainers/at-a-glance/', 'No encontrado'],
      ['/explainers/at-a-glance/', 'Not found'],
    ] as const;
    for (const [route, label] of pages) {
      const $ = page(route);
      const boxes = $('aside[data-callout="not-found"]');
      expect(boxes.length, route).toBeGreaterThan(0);
      boxes.each((_, box) => {
        // "Not found", or "Not found: The October 2025 meeting" where a page has more than one.
        const name = $(box).attr('aria-label') ?? '';
        expect(name, route).toMatch(new RegExp(`^${label}(: .+)?$`));
        expect($(box).children('p').first().text().trim(), route).toBe(name);
      });
    }
  });

  it('keeps the source article in English on the Spanish page, under a labelled translation', () => {
    const $ = page('/es/article/');
    expect($('.article-text').attr('lang')).toBe('en');
    expect($('.article-translation').text()).toContain('Traducción y resumen de este sitio');
  });

  it('/es/explainers/the-border/ draws, labels and describes its map in Spanish', () => {
    const $ = page('/es/explainers/the-border/');
    const map = $('figure.locator-map');
    expect(map.length).toBe(1);
    const en = UI.en.locatorMap;
    const es = UI.es.locatorMap;
    const text = map.text();
    for (const word of [es.caption, es.legend.border, es.legend.otherBorder, es.legend.crossing, es.legend.town, es.credit, es.asText, es.title, es.overview]) expect(text).toContain(word);
    for (const word of [en.caption, en.legend.otherBorder, en.credit, en.asText, en.title, en.overview, en.crossingsShown, en.townsShown, 'Pacific Ocean']) expect(text).not.toContain(word);
    expect(map.find('svg[role="img"] text').map((_, el) => $(el).text()).get()).toContain('MÉXICO');
  });

  it.each(['/es/sources/', '/es/explainers/la-mesilla-incident/', '/es/explainers/timeline/'])("%s gives the sources' notes (how a date was found, why there is no URL, why to read with care) and publishers in Spanish", (route) => {
    const english = parseYaml(readFileSync(join(ROOT, 'content/sources/sources.yaml'), 'utf8')) as Record<string, string>[];
    const spanish = new Map((parseYaml(readFileSync(join(ROOT, 'content/es/sources/sources.yaml'), 'utf8')) as Record<string, string>[]).map((entry) => [entry.id, entry]));
    const $ = page(route);
    // The sources page lists every source; an explainer, those it cites (found by their addresses).
    const everySource = route === '/es/sources/';
    // As typed in the YAML: the page sets typographer's quotes and keeps a day with its month by a no-break space.
    const asTyped = (text: string) => text.replace(/\u00a0/g, ' ').replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
    const entries = asTyped($('main li').map((_, el) => $(el).text()).get().join('\n'));
    const listed = new Set($('main li a[href^="http"]').map((_, a) => $(a).attr('href')).get());
    let checked = 0;
    for (const source of english) {
      if (!everySource && !(source.url && listed.has(source.url))) continue;
      for (const field of ['publisher', 'dateNote', 'urlNote', 'note']) {
        // A publisher given by name alone has no Spanish form: it stays as in English.
        const [en, es] = [source[field], spanish.get(source.id)?.[field] ?? (field === 'publisher' ? source.publisher : undefined)];
        if (!en || en === es) continue;
        expect(entries, `${source.id} ${field}`).toContain(es);
        expect(entries, `${source.id} ${field}`).not.toContain(en);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });


  it('cites a Spanish page in Spanish, on screen and on paper', () => {
    const $ = page('/es/explainers/the-border/');
    const apa = $('#cite-apa').text();
    const chicago = $('#cite-chicago').text();
    const bibtex = $('#cite-bibtex').text();
    expect(apa).toMatch(/^México y Guatemala: seguridad, explicada\. \(\d{4}, \d{1,2} de [a-z]+\)\. La frontera/);
    expect(chicago).toMatch(/«[^»]+»\. Última modificación: \d{1,2} de [a-z]+ de \d{4}\. https?:\/\/\S+\/es\/explainers\/the-border\/\.$/);
    expect(bibtex).toContain('langid       = {spanish}');
    expect($('.print-cite-as').text().replace(/\s+/g, ' ')).toContain(`Cómo citar: ${apa}`);
    const english = /Retrieved|Last modified|Last updated|n\.d\.|January|February|March|April|May|June|July|August|September|October|November|December/;
    expect([apa, chicago, bibtex].join('\n')).not.toMatch(english);
    // The English page keeps the English forms.
    expect(page('/explainers/the-border/')('#cite-chicago').text()).toMatch(/Last modified [A-Z][a-z]+ \d{1,2}, \d{4}\./);
  });
});
