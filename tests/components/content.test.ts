import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import Account from '../../src/components/content/Account.astro';
import Callout from '../../src/components/content/Callout.astro';
import Cite from '../../src/components/content/Cite.astro';
import CiteMark from '../../src/components/content/CiteMark.astro';
import Es from '../../src/components/content/Es.astro';
import Figure from '../../src/components/content/Figure.astro';
import LocatorMap from '../../src/components/content/LocatorMap.astro';
import StackedRows from '../../src/components/content/StackedRows.astro';
import { createCitationContext } from '../../src/lib/citation-context';
import { accountExamples, calloutExamples } from '../fixtures/content-components';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('<Callout>', () => {
  it.each(Object.entries(calloutExamples))('renders the %s example as a labelled aside', async (_name, example) => {
    const $ = load(await container.renderToString(Callout, { props: example.props, slots: { default: example.slot } }));
    const aside = $('aside.callout');
    expect(aside.attr('data-callout')).toBe(example.props.type);
    expect(aside.attr('aria-label')).toMatch(/^(Note|Caution|Analysis|Not found)/);
    expect($('script')).toHaveLength(0);
  });

  it('labels analysis as the site’s reading, not reported fact', async () => {
    const html = await container.renderToString(Callout, { props: calloutExamples.analysis.props, slots: { default: 'x' } });
    expect(load(html)('aside').text()).toContain("This is this site’s reading of the sources, not reported fact.");
  });

  it('labels what the site looked for and did not find', async () => {
    const { props, slot } = calloutExamples.notFound;
    const english = load(await container.renderToString(Callout, { props, slots: { default: slot } }));
    expect(english('aside').attr('aria-label')).toBe('Not found');
    expect(english('aside > p').first().text().trim()).toBe('Not found');
  });

  it('rejects an unknown type and lists the allowed ones', async () => {
    await expect(container.renderToString(Callout, { props: { type: 'warning' } })).rejects.toThrow(/Use one of: note, caution, analysis, not-found/);
  });
});

describe('<Cite>', () => {
  it('renders numbered notes linked to the source list, in number order, each with its own anchor', async () => {
    const locals = { citations: createCitationContext(['ap-2025-06-09', 'noroeste-2025-06']) };
    const $ = load(await container.renderToString(Cite, { props: { id: 'noroeste-2025-06, ap-2025-06-09' }, locals }));
    const links = $('sup.cite a');
    expect(links.map((_, a) => $(a).attr('href')).get()).toEqual(['#source-1', '#source-2']);
    expect(links.map((_, a) => $(a).attr('id')).get()).toEqual(['cite-1-1', 'cite-2-1']);
    expect(links.last().attr('aria-label')).toBe('Source 2: Noroeste');
  });

  it('fails clearly when the page does not number that source', async () => {
    const locals = { citations: createCitationContext(['ap-2025-06-09']) };
    await expect(container.renderToString(Cite, { props: { id: 'wradio-2025-06-09' }, locals })).rejects.toThrow(/"wradio-2025-06-09" is cited but not numbered/);
  });

  it('fails clearly outside a page that numbers sources', async () => {
    await expect(container.renderToString(Cite, { props: { id: 'ap-2025-06-09' } })).rejects.toThrow(/outside a page that numbers its sources/);
  });
});

describe('<CiteMark elsewhere>', () => {
  const elsewhere = { page: '/briefs/x/', order: ['ap-2025-06-09', 'noroeste-2025-06'] };

  it('numbers and links the notes as the other page lists them, with no anchors of its own', async () => {
    const $ = load(await container.renderToString(CiteMark, { props: { ids: ['noroeste-2025-06'], elsewhere } }));
    const link = $('sup.cite a');
    expect(link.attr('href')).toBe('/briefs/x/#source-2');
    expect(link.attr('id')).toBeUndefined();
    expect(link.attr('aria-label')).toBe('Source 2: Noroeste');
  });

  it('fails clearly when that page does not list the source', async () => {
    await expect(container.renderToString(CiteMark, { props: { ids: ['wradio-2025-06-09'], elsewhere } })).rejects.toThrow(/"wradio-2025-06-09" is cited but not among the notes of \/briefs\/x\//);
  });
});

describe('<Account>', () => {
  it('attributes the account to its publishers with their dates', async () => {
    const example = accountExamples.twoSources;
    const locals = { citations: createCitationContext(['ap-2025-06-09', 'prensalibre-2025-06-09']) };
    const $ = load(await container.renderToString(Account, { props: example.props, slots: { default: example.slot }, locals }));
    expect($('li').text()).toContain('According to: Associated Press (9 June 2025); Prensa Libre (date not shown)');
  });
});

describe('<Figure>', () => {
  const locals = { citations: createCitationContext(['ap-2025-06-09']) };
  const image = { caption: 'The crossing.', cite: 'ap-2025-06-09', src: '/images/crossing.png', alt: 'The bridge at the crossing', width: 800, height: 450 };

  it('shows an image from src with its alt text and size, loaded lazily, above the caption and its source', async () => {
    const $ = load(await container.renderToString(Figure, { props: image, locals }));
    const img = $('figure > img');
    expect(img.attr('src')).toBe('/images/crossing.png');
    expect([img.attr('alt'), img.attr('width'), img.attr('height'), img.attr('loading')]).toEqual(['The bridge at the crossing', '800', '450', 'lazy']);
    expect($('figure > img + figcaption').text()).toContain('Source: Associated Press');
  });

  it('fails clearly when an image has no alt text or no size', async () => {
    const { alt: _alt, height: _height, ...incomplete } = image;
    await expect(container.renderToString(Figure, { props: incomplete, locals })).rejects.toThrow('<Figure src="/images/crossing.png"> has no alt or height.');
  });
});

describe('<Es>', () => {
  it('marks Spanish text with lang="es", in italics', async () => {
    const $ = load(await container.renderToString(Es, { slots: { default: 'no está bien' } }));
    expect($('i[lang="es"]').text()).toBe('no está bien');
  });

  it('sets a name upright, still marked as Spanish', async () => {
    const $ = load(await container.renderToString(Es, { props: { name: true }, slots: { default: 'Grupo de Alto Nivel de Seguridad' } }));
    expect($('span[lang="es"]').text()).toBe('Grupo de Alto Nivel de Seguridad');
    expect($('i')).toHaveLength(0);
  });
});

describe('<LocatorMap>', () => {
  it('is one drawing of the land, which the wide and the narrow map both draw with <use>', async () => {
    const $ = load(await container.renderToString(LocatorMap, { locals: { locatorMapStyles: true } }));
    const defs = $('figure.locator-map > svg.lm-land-defs');
    expect(defs.attr('aria-hidden')).toBe('true');
    const shapes = defs.find('defs > path[id]').map((_, path) => path.attribs.id).get();
    expect(shapes.length).toBeGreaterThanOrEqual(7); // five countries, the other boundaries, the border
    // The land is written once on the page: no map carries a shape of its own.
    expect($('path[d]').filter((_, path) => path.attribs.d.length > 100).length).toBe(shapes.length);
    const maps = $('svg.lm-svg');
    expect(maps.map((_, svg) => svg.attribs.class).get()).toEqual(['lm-svg lm-wide', 'lm-svg lm-narrow']);
    for (const map of maps.toArray()) {
      const used = $(map).find('use').map((_, use) => use.attribs.href).get();
      expect(new Set(used)).toEqual(new Set(shapes.map((id) => `#${id}`)));
      expect($(map).attr('role')).toBe('img');
    }
    // The narrow map scales the wide map's land to its crop.
    expect($('svg.lm-narrow > g[transform^="matrix("] > use').length).toBe($('svg.lm-wide > use').length);
  });

  it('draws only the wide map, from the same land, when a highlighted town is off the narrow one', async () => {
    const $ = load(await container.renderToString(LocatorMap, { props: { highlight: ['tapachula'] }, locals: { locatorMapStyles: true } }));
    expect($('svg.lm-svg').map((_, svg) => svg.attribs.class).get()).toEqual(['lm-svg lm-wide']);
    expect($('svg.lm-wide use').first().attr('href')).toMatch(/^#locator-map-land-/);
  });
});

describe('<StackedRows>', () => {
  const locals = { stackedRowsStyles: true };

  it('mutes the second cell by default, and not with second="plain"', async () => {
    const muted = load(await container.renderToString(StackedRows, { locals, slots: { default: '<table></table>' } }));
    expect(muted('div').attr('class')).toBe('stacked-rows');
    const plain = load(await container.renderToString(StackedRows, { props: { second: 'plain' }, locals, slots: { default: '<table></table>' } }));
    expect(plain('div').attr('class')).toBe('stacked-rows stacked-rows-plain');
  });

  it('with labelled, puts each later column\'s heading on its cells, and leaves the first two alone', async () => {
    // As the build writes it: the row's first cell is its header (src/lib/row-headers.ts).
    const table = '<table><thead><tr><th>Question</th><th>Versions</th><th>Covered in</th></tr></thead><tbody><tr><th scope="row">Q</th><td>V</td><td><a href="/x/">X</a></td></tr></tbody></table>';
    const $ = load(await container.renderToString(StackedRows, { props: { labelled: true }, locals, slots: { default: table } }));
    expect($('tbody tr > *').map((_, cell) => $(cell).attr('data-label') ?? '').get()).toEqual(['', '', 'Covered in']);
    expect($('td a').attr('href')).toBe('/x/');
    const plain = load(await container.renderToString(StackedRows, { locals, slots: { default: table } }));
    expect(plain('td[data-label]')).toHaveLength(0);
  });

  it('with second="labelled", puts the heading on the second cell too, and does not mute it', async () => {
    const table = '<table><thead><tr><th>Period</th><th>Figure</th><th>Change</th></tr></thead><tbody><tr><th scope="row">P</th><td>1</td><td>2</td></tr></tbody></table>';
    const both = load(await container.renderToString(StackedRows, { props: { second: 'labelled', labelled: true }, locals, slots: { default: table } }));
    expect(both('div').attr('class')).toBe('stacked-rows stacked-rows-plain');
    expect(both('tbody tr > *').map((_, cell) => both(cell).attr('data-label') ?? '').get()).toEqual(['', 'Figure', 'Change']);
    const secondOnly = load(await container.renderToString(StackedRows, { props: { second: 'labelled' }, locals, slots: { default: table } }));
    expect(secondOnly('tbody tr > *').map((_, cell) => secondOnly(cell).attr('data-label') ?? '').get()).toEqual(['', 'Figure', '']);
  });

  it('rejects any other choice for the second cell, naming the one to write', async () => {
    await expect(container.renderToString(StackedRows, { props: { second: 'bold' }, locals })).rejects.toThrow(/<StackedRows second="bold"> is not a choice/);
  });
});
