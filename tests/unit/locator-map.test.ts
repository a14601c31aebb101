import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mesh } from 'topojson-client';
import {
  COUNTRY_IDS,
  LAYOUTS,
  buildLocatorMap,
  createProjection,
  getLocatorMap,
  landTransform,
  loadCountries,
  mapTextAlternative,
  placesHiddenOn,
  renderLocatorMapLand,
  renderLocatorMapSvg,
  unknownPlaceIds,
  type LocatorMapModel,
  type ProjectedPlace,
} from '../../src/lib/locator-map';
import { COUNTRIES, CROSSINGS, PLACES, PLACE_IDS, REGIONS, RIVERS, type Layout } from '../../src/lib/locator-map-places';
import { UI } from '../../src/i18n/ui';

const layouts: Layout[] = ['wide', 'narrow'];
const wide = getLocatorMap('wide');
const narrow = getLocatorMap('narrow');

/** Every town in a model, crossing towns at their own (not the marker's) position. */
function places(model: LocatorMapModel): Map<string, ProjectedPlace> {
  return new Map([...model.towns, ...model.crossings.flatMap((c) => c.places)].map((p) => [p.id, p]));
}

/** Absolute points of a path written as `M x y l dx dy … z`. */
function pathPoints(d: string): [number, number][] {
  const points: [number, number][] = [];
  for (const [, command, body] of d.matchAll(/([Ml])([^Mlz]*)z?/g)) {
    const numbers = (body.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      if (command === 'M' || points.length === 0) points.push([numbers[i], numbers[i + 1]]);
      else {
        const [x, y] = points[points.length - 1];
        points.push([x + numbers[i], y + numbers[i + 1]]);
      }
    }
  }
  return points;
}

describe('projection', () => {
  it.each(layouts)('fits the %s frame to the viewBox', (layout) => {
    const { projection, width, height } = createProjection(LAYOUTS[layout]);
    const { west, east, south, north } = LAYOUTS[layout].frame;
    const [x0, y0] = projection([west, north])!;
    const [x1, y1] = projection([east, south])!;
    expect(x0).toBeCloseTo(0, 6);
    expect(y0).toBeCloseTo(0, 6);
    expect(x1).toBeCloseTo(width, 6);
    expect(Math.abs(y1 - height)).toBeLessThanOrEqual(0.5);
    expect(width).toBe(LAYOUTS[layout].width);
  });

  it.each(layouts)('puts places where they are relative to each other on the %s map', (layout) => {
    const { projection } = createProjection(LAYOUTS[layout]);
    const projected = new Map(
      PLACES.map((place) => {
        const [x, y] = projection([place.lon, place.lat])!;
        return [place.id, { x, y, country: place.country }];
      }),
    );
    const at = (id: string) => projected.get(id)!;
    // La Mesilla lies west (and south) of El Ceibo.
    expect(at('la-mesilla').x).toBeLessThan(at('el-ceibo').x);
    expect(at('la-mesilla').y).toBeGreaterThan(at('el-ceibo').y);
    // Tapachula lies south-west of Ciudad Cuauhtémoc.
    expect(at('tapachula').x).toBeLessThan(at('ciudad-cuauhtemoc').x);
    expect(at('tapachula').y).toBeGreaterThan(at('ciudad-cuauhtemoc').y);
    // Ciudad Hidalgo is south of Talismán; Flores is east of El Ceibo.
    expect(at('ciudad-hidalgo').y).toBeGreaterThan(at('talisman').y);
    expect(at('flores').x).toBeGreaterThan(at('el-ceibo').x);
    // Each crossing's Mexican town is listed first and lies west of (or level with) its Guatemalan one.
    for (const crossing of CROSSINGS.filter((c) => c.places.length === 2)) {
      const [mx, gt] = crossing.places.map(at);
      expect(mx.country).toBe('MX');
      expect(gt.country).toBe('GT');
      expect(mx.x).toBeLessThanOrEqual(gt.x);
    }
  });
});

describe('border', () => {
  it('finds the Mexico–Guatemala boundary in Natural Earth at both resolutions', () => {
    for (const resolution of ['10m', '50m'] as const) {
      const topology = loadCountries(resolution);
      const pair: string[] = [COUNTRY_IDS.mexico, COUNTRY_IDS.guatemala];
      const border = mesh(topology, topology.objects.countries, (a, b) => a !== b && pair.includes(String(a.id)) && pair.includes(String(b.id)));
      expect(border.coordinates.length).toBeGreaterThan(0);
      expect(border.coordinates.flat().length).toBeGreaterThan(20);
    }
  });

  it.each(layouts)('draws it on the %s map, from the Pacific to Belize', (layout) => {
    const model = layout === 'wide' ? wide : narrow;
    const points = pathPoints(model.border);
    expect(points.length).toBeGreaterThan(20);
    const { projection } = createProjection(LAYOUTS[layout]);
    // Its southern end is near Ciudad Hidalgo; its northern stretch runs along 17.8°N.
    const southmost = points.reduce((a, b) => (b[1] > a[1] ? b : a));
    const [, lat] = projection.invert!(southmost)!;
    expect(lat).toBeGreaterThan(14.4);
    expect(lat).toBeLessThan(14.7);
    const northmost = points.reduce((a, b) => (b[1] < a[1] ? b : a));
    expect(projection.invert!(northmost)![1]).toBeCloseTo(17.8, 0);
  });

  it.each(layouts)('draws every country of the %s map', (layout) => {
    const model = layout === 'wide' ? wide : narrow;
    const roles = model.countries.map((c) => c.role);
    expect(roles.filter((r) => r === 'mx')).toHaveLength(1);
    expect(roles.filter((r) => r === 'gt')).toHaveLength(1);
    expect(model.countries.map((c) => c.id).sort()).toEqual(Object.values(COUNTRY_IDS).sort());
  });
});

describe('places and labels', () => {
  it('has consistent place data', () => {
    expect(new Set(PLACE_IDS).size).toBe(PLACE_IDS.length);
    for (const place of PLACES) {
      expect(place.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      // Rounded to two decimals: approximate positions, not survey points.
      expect(Math.round(place.lon * 100) / 100).toBe(place.lon);
      expect(Math.round(place.lat * 100) / 100).toBe(place.lat);
      expect(place.note.length).toBeGreaterThan(10);
      if (place.crossing) expect(CROSSINGS.find((c) => c.id === place.crossing)?.places).toContain(place.id);
      else expect(place.where).toBeTruthy();
    }
    for (const crossing of CROSSINGS) {
      for (const id of crossing.places) expect(PLACES.find((p) => p.id === id)?.crossing).toBe(crossing.id);
    }
  });

  it.each(layouts)('puts every place inside the %s frame', (layout) => {
    const model = layout === 'wide' ? wide : narrow;
    const { west, east, south, north } = LAYOUTS[layout].frame;
    for (const place of PLACES) {
      expect(place.lon).toBeGreaterThan(west);
      expect(place.lon).toBeLessThan(east);
      expect(place.lat).toBeGreaterThan(south);
      expect(place.lat).toBeLessThan(north);
    }
    const points = [
      ...model.towns,
      ...model.crossings,
      ...model.crossings.flatMap((c) => c.places),
    ];
    for (const { x, y } of points) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(model.width);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(model.height);
    }
  });

  it('sets Belize\'s name on the narrow map below the end of the Mexico–Guatemala border, not across it', () => {
    // Where the border meets Belize (the Mexico–Guatemala–Belize tripoint, about 89.15° W, 17.82° N).
    const [, tripointY] = createProjection(LAYOUTS.narrow).projection([-89.15, 17.82])!;
    const belize = getLocatorMap('narrow').countryLabels.find((label) => label.id === '084')!;
    expect(belize.rotate).toBe(90);
    // Set vertically and centred on y: "BELIZE" at 14px with 0.14em letter spacing is about 70 units long.
    expect(belize.y - 40).toBeGreaterThan(tripointY + 4);
  });

  it.each(layouts)('keeps label anchors of the %s map inside the viewBox', (layout) => {
    const model = layout === 'wide' ? wide : narrow;
    const labels = [
      ...model.towns.map((t) => t.label),
      ...model.crossings.flatMap((c) => c.places.map((p) => p.label)),
      ...model.regions,
      ...model.rivers,
      ...model.countryLabels,
      ...model.water,
    ].filter((l) => l !== null);
    expect(labels.length).toBeGreaterThan(10);
    for (const label of labels) {
      expect(label.x).toBeGreaterThan(10);
      expect(label.x).toBeLessThan(model.width - 10);
      expect(label.y).toBeGreaterThan(10);
      expect(label.y).toBeLessThan(model.height - 10);
    }
  });

  it('labels every crossing town and region on the wide map', () => {
    const labelled = [...places(wide).values()].filter((p) => p.label).map((p) => p.id);
    expect(labelled.sort()).toEqual([...PLACE_IDS].sort());
    expect(wide.regions.map((r) => r.id)).toEqual(REGIONS.map((r) => r.id));
    expect(wide.rivers.map((r) => r.id)).toEqual(RIVERS.map((r) => r.id));
    expect(wide.countryLabels.map((c) => c.id)).toEqual(COUNTRIES.map((c) => c.id));
  });

  it('always shows every crossing, on both maps', () => {
    for (const model of [wide, narrow]) expect(model.crossings.map((c) => c.id)).toEqual(CROSSINGS.map((c) => c.id));
  });
});

describe('SVG output', () => {
  it.each(layouts)('writes clean %s path data (no NaN, only M, l, z and numbers)', (layout) => {
    const model = layout === 'wide' ? wide : narrow;
    for (const d of [...model.countries.map((c) => c.d), model.boundaries, model.border]) {
      expect(d.length).toBeGreaterThan(0);
      expect(d).not.toMatch(/NaN|Infinity|undefined/);
      expect(d).toMatch(/^M[-\d. Mlz]+$/);
    }
  });

  it('is deterministic', () => {
    for (const layout of layouts) {
      const a = renderLocatorMapSvg(buildLocatorMap({ layout }), { id: 'x', highlight: ['la-mesilla'] });
      const b = renderLocatorMapSvg(buildLocatorMap({ layout }), { id: 'x', highlight: ['la-mesilla'] });
      expect(a).toBe(b);
    }
  });

  it('is an accessible, script-free, style-free image', () => {
    const svg = renderLocatorMapSvg(wide, { id: 'border-map' });
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    // Named by its title, described by its description: run together, they read as one sentence.
    expect(svg).toContain('aria-labelledby="border-map-title" aria-describedby="border-map-desc"');
    expect(svg).toContain('<title id="border-map-title">');
    expect(svg).toContain('<desc id="border-map-desc">');
    expect(svg).toContain('url(#border-map-hatch)');
    expect(svg).not.toMatch(/<script|\sstyle=|\son[a-z]+=/i);
    expect(svg).not.toMatch(/NaN|undefined/);
  });

  it('stays small', () => {
    const total = Buffer.byteLength(renderLocatorMapSvg(wide) + renderLocatorMapSvg(narrow, { id: 'n' }));
    expect(total).toBeLessThan(25_000);
  });

  it('emphasises highlighted places', () => {
    const plain = renderLocatorMapSvg(wide);
    const marked = renderLocatorMapSvg(wide, { highlight: ['la-mesilla', 'flores'] });
    expect(plain).not.toContain('lm-hl');
    expect(marked).toMatch(/<text class="lm-place lm-hl"[^>]*>La Mesilla</);
    expect(marked).toMatch(/<text class="lm-place lm-hl"[^>]*>Flores</);
    expect(marked).toMatch(/<circle class="lm-crossing lm-hl"/);
    expect(marked).toMatch(/<text class="lm-place"[^>]*>Ciudad Cuauhtémoc</);
  });

  it('knows which towns the narrow map leaves off', () => {
    const hidden = placesHiddenOn('narrow', PLACE_IDS);
    const drawn = new Set([...places(narrow).values()].filter((p) => p.label).map((p) => p.id));
    for (const id of PLACE_IDS) expect(hidden.includes(id)).toBe(!drawn.has(id));
    expect(placesHiddenOn('wide', PLACE_IDS)).toEqual([]);
  });

  it('reports unknown highlight ids', () => {
    expect(unknownPlaceIds(['la-mesilla', 'nowhere'])).toEqual(['nowhere']);
    expect(unknownPlaceIds(PLACE_IDS)).toEqual([]);
  });
});

describe('text alternative', () => {
  const text = mapTextAlternative()
    .flatMap((item) => [item.text, ...(item.list ?? [])])
    .join('\n');

  it('names every state, department, crossing and town', () => {
    for (const region of REGIONS) expect(text).toContain(region.name);
    for (const place of PLACES) expect(text).toContain(place.name);
    for (const river of RIVERS) expect(text).toContain(river.name);
  });

  it('states no numbers', () => {
    expect(text).not.toMatch(/\d/);
  });

  it('in Spanish, says the same in Spanish: every name, each place\'s whereabouts, and no English sentence', () => {
    const english = mapTextAlternative(UI.en.locatorMap);
    const spanish = mapTextAlternative(UI.es.locatorMap);
    const words = spanish.flatMap((item) => [item.text, ...(item.list ?? [])]).join('\n');
    expect(spanish.map((item) => item.list?.length ?? 0)).toEqual(english.map((item) => item.list?.length ?? 0));
    for (const name of [...REGIONS, ...PLACES, ...RIVERS].map((place) => place.name)) expect(words).toContain(name);
    for (const where of [...CROSSINGS, ...PLACES].flatMap((place) => place.where ?? [])) expect(words).not.toContain(where);
    expect(words).not.toMatch(/\b(the|and|Mexico|border|shown)\b/);
    expect(words).toContain('Frontera Comalapa (México), en Chiapas');
    // A crossing's two towns, joined in Spanish (the conjunction is chosen by the word after it).
    expect(words).toMatch(/Ciudad Hidalgo \(México\) y Tecún Umán \(Guatemala\)/);
    expect(words).not.toMatch(/=>|function|test\(/);
  });

  it('stops, naming the place and the fix, when a language lacks the whereabouts of a place', () => {
    const { 'flores': _, ...where } = UI.es.locatorMap.where!;
    expect(() => mapTextAlternative({ ...UI.es.locatorMap, where })).toThrow('locatorMap.where has nothing for the place "flores" (English: "in central Petén"). Add "flores" to that language\'s locatorMap.where.');
  });
});

describe('the map in Spanish', () => {
  const svg = renderLocatorMapSvg(wide, { words: UI.es.locatorMap });

  it('names itself and draws its sea and countries in Spanish', () => {
    expect(svg).toContain(`<title id="locator-map-title">${UI.es.locatorMap.title}</title>`);
    expect(svg).toContain('>Océano Pacífico</text>');
    expect(svg).toContain('>MÉXICO</text>');
    expect(svg).toContain('>BELICE</text>');
    expect(svg).not.toMatch(/Pacific Ocean|>MEXICO<|>BELIZE<|Locator map/);
  });

  it('uses the short name of the sea on the narrow map, where the long one would run off the edge', () => {
    const phone = renderLocatorMapSvg(narrow, { words: UI.es.locatorMap });
    expect(phone).toContain('>Pacífico</text>');
    expect(phone).not.toContain('Océano');
  });
});

describe('one land for both layouts', () => {
  const transform = landTransform('wide', 'narrow');

  it('takes the wide projection to the narrow one: a scale and an offset', () => {
    const wideProjection = createProjection(LAYOUTS.wide).projection;
    const narrowProjection = createProjection(LAYOUTS.narrow).projection;
    for (const place of PLACES) {
      const [wx, wy] = wideProjection([place.lon, place.lat])!;
      const [nx, ny] = narrowProjection([place.lon, place.lat])!;
      expect(Math.abs(transform.scale * wx + transform.dx - nx)).toBeLessThan(0.05);
      expect(Math.abs(transform.scale * wy + transform.dy - ny)).toBeLessThan(0.05);
    }
    expect(landTransform('wide', 'wide')).toEqual({ scale: 1, dx: 0, dy: 0 });
  });

  it('widens the narrow map\'s land lines in CSS by exactly the inverse of the scale', () => {
    const css = readFileSync(new URL('../../src/styles/locator-map.css', import.meta.url), 'utf8');
    const line = Number(css.match(/\.lm-narrow \{\s*--lm-line: ([\d.]+);/)![1]);
    expect(line).toBeCloseTo(1 / transform.scale, 3);
  });

  it('writes each shape once, unstyled, in a hidden SVG', () => {
    const land = renderLocatorMapLand(wide, 'm-land');
    expect(land).toMatch(/^<svg class="lm-land-defs" width="0" height="0" aria-hidden="true"><defs>/);
    const ids = [...land.matchAll(/<path id="([^"]+)" d="[^"]+"\/>/g)].map((m) => m[1]);
    expect(ids).toEqual([...wide.countries.map((c) => `m-land-${c.id}`), 'm-land-boundaries', 'm-land-border']);
    expect(land).not.toMatch(/<path [^>]*(class|fill|stroke)/);
  });

  it('draws the land with <use> on both layouts, scaled and with the hatching scaled back on the narrow one', () => {
    const options = { land: { id: 'm-land', model: wide } };
    const wideSvg = renderLocatorMapSvg(wide, { id: 'm', ...options });
    const narrowSvg = renderLocatorMapSvg(narrow, { id: 'm-narrow', ...options });
    for (const svg of [wideSvg, narrowSvg]) {
      expect(svg).not.toMatch(/<path class="lm-(land|boundary|border)/);
      expect(svg.match(/<use [^>]*href="#m-land-[^"]+"\/>/g)).toHaveLength(wide.countries.length + 3);
    }
    expect(wideSvg).not.toContain('<g transform');
    expect(wideSvg).toContain('patternTransform="rotate(45)"');
    expect(narrowSvg).toContain(`<g transform="matrix(${transform.scale} 0 0 ${transform.scale} ${transform.dx} ${transform.dy})">`);
    expect(narrowSvg).toMatch(/patternTransform="rotate\(45\) scale\(1\.545\d*\)"/);
    expect(narrowSvg).toContain('<use class="lm-land lm-ctx" fill="url(#m-narrow-hatch)"');
  });
});
