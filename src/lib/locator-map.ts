/**
 * The border locator map: geometry and SVG markup, computed at build time.
 *
 * Country outlines come from Natural Earth (public domain) as the world-atlas
 * package ships them (TopoJSON; ids are ISO 3166-1 numeric codes). They are
 * projected with d3-geo (Mercator fitted to a layout's frame), clipped to the
 * frame, simplified below a third of a user unit and written as compact
 * relative SVG paths rounded to 0.1 unit. Towns and label positions come from
 * `locator-map-places.ts`. Nothing here runs in the browser.
 *
 * Styling is by class (`lm-*`): no inline style, so a strict CSP is fine. The
 * colours live in src/styles/locator-map.css and follow the site's light/dark tokens.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { geoDistance, geoMercator, geoStream, type GeoPermissibleObjects, type GeoProjection, type GeoStream } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { MultiLineString } from 'geojson';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { UI, type MapWords } from '../i18n/ui';
import { joinWords, type Conjunction } from './word-list';
import {
  COUNTRIES,
  CROSSINGS,
  PLACES,
  REGIONS,
  RIVERS,
  WATERS,
  type LabelOffset,
  type LabelPosition,
  type Layout,
  type MapPlace,
  type PlaceCountry,
} from './locator-map-places';

export type { Layout } from './locator-map-places';

/** A lon/lat box in degrees. */
export interface Frame {
  west: number;
  east: number;
  south: number;
  north: number;
}

/** How each layout is drawn. The height follows from the frame. */
export interface LayoutSpec {
  frame: Frame;
  /** Width of the viewBox in user units. */
  width: number;
  /** Douglas–Peucker tolerance in user units (0 keeps every point). */
  tolerance: number;
}

export const LAYOUTS: Readonly<Record<Layout, LayoutSpec>> = {
  /** The whole border with its neighbours; 800 units wide. */
  wide: { frame: { west: -94.3, east: -87.7, south: 13.6, north: 19.0 }, width: 800, tolerance: 0.5 },
  /** Cropped to the border, fewer names, for phones; 400 units wide. */
  narrow: { frame: { west: -94.0, east: -88.9, south: 13.85, north: 18.35 }, width: 400, tolerance: 0.5 },
};

/** ISO 3166-1 numeric ids of the countries drawn. */
export const COUNTRY_IDS = {
  mexico: '484',
  guatemala: '320',
  belize: '084',
  honduras: '340',
  elSalvador: '222',
} as const;

const FOCUS_IDS: readonly string[] = [COUNTRY_IDS.mexico, COUNTRY_IDS.guatemala];
const DRAWN_IDS: readonly string[] = Object.values(COUNTRY_IDS);

/** Natural Earth scale: 10m (1:10 million, the default) or 50m (1:50 million). */
export type Resolution = '10m' | '50m';

type CountryProps = { name?: string };
type CountriesTopology = Topology<{ countries: GeometryCollection<CountryProps> }>;

const topologies = new Map<Resolution, CountriesTopology>();

/** Resolves a package file from this module, or from the project root once bundled elsewhere. */
function resolvePackageFile(specifier: string): string {
  try {
    return createRequire(import.meta.url).resolve(specifier);
  } catch {
    return createRequire(join(process.cwd(), 'package.json')).resolve(specifier);
  }
}

/** Reads world-atlas's Natural Earth countries (cached per resolution). */
export function loadCountries(resolution: Resolution = '10m'): CountriesTopology {
  let topology = topologies.get(resolution);
  if (!topology) {
    const file = resolvePackageFile(`world-atlas/countries-${resolution}.json`);
    topology = JSON.parse(readFileSync(file, 'utf8')) as CountriesTopology;
    topologies.set(resolution, topology);
  }
  return topology;
}

/** A Mercator projection fitted to the frame's width, and the map's size in user units. */
export function createProjection(spec: LayoutSpec): { projection: GeoProjection; width: number; height: number } {
  const { frame, width } = spec;
  // Fit to the two corners: in Mercator a lon/lat box is a rectangle.
  const projection = geoMercator().fitWidth(width, {
    type: 'MultiPoint',
    coordinates: [
      [frame.west, frame.south],
      [frame.east, frame.north],
    ],
  });
  const [, top] = project(projection, frame.west, frame.north);
  const [, bottom] = project(projection, frame.west, frame.south);
  const [tx, ty] = projection.translate();
  projection.translate([tx, ty - top]);
  const height = Math.round(bottom - top);
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  return { projection, width, height };
}

function project(projection: GeoProjection, lon: number, lat: number): [number, number] {
  const point = projection([lon, lat]);
  if (!point || !Number.isFinite(point[0]) || !Number.isFinite(point[1])) {
    throw new Error(`Cannot project ${lon}, ${lat}.`);
  }
  return point;
}

/** Scale and offset that take one layout's user units to another's: x' = scale·x + dx, y' = scale·y + dy. */
export interface LandTransform {
  scale: number;
  dx: number;
  dy: number;
}

/**
 * How layout `to` draws the land projected for layout `from`. Both are the same Mercator
 * projection fitted to different frames, so they differ only by a scale and an offset.
 * Rounded to 4 decimals (a thousandth of a unit across the map).
 */
export function landTransform(from: Layout, to: Layout): LandTransform {
  const a = createProjection(LAYOUTS[from]).projection;
  const b = createProjection(LAYOUTS[to]).projection;
  const { west, east, south, north } = LAYOUTS[to].frame;
  const [lon, lat] = [(west + east) / 2, (south + north) / 2];
  const scale = b.scale() / a.scale();
  const [ax, ay] = project(a, lon, lat);
  const [bx, by] = project(b, lon, lat);
  const round4 = (value: number) => Math.round(value * 1e4) / 1e4;
  return { scale: round4(scale), dx: round4(bx - scale * ax), dy: round4(by - scale * ay) };
}

/* ---------- Compact paths ---------- */

/** Projected lines (or polygon rings when `closed`) after clipping. */
interface Lines {
  lines: [number, number][][];
  closed: boolean;
}

/** Streams a GeoJSON object through the projection (clipping included) and collects the lines. */
function collect(projection: GeoProjection, object: GeoPermissibleObjects): Lines {
  const lines: [number, number][][] = [];
  let current: [number, number][] | null = null;
  let closed = false;
  const sink: GeoStream = {
    point(x, y) {
      current?.push([x, y]);
    },
    lineStart() {
      current = [];
    },
    lineEnd() {
      if (current && current.length > 1) lines.push(current);
      current = null;
    },
    polygonStart() {
      closed = true;
    },
    polygonEnd() {},
    sphere() {},
  };
  geoStream(object as Parameters<typeof geoStream>[0], projection.stream(sink));
  return { lines, closed };
}

/** Douglas–Peucker on one line, tolerance in user units. */
function simplify(points: [number, number][], tolerance: number): [number, number][] {
  if (points.length < 3 || tolerance <= 0) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  const t2 = tolerance * tolerance;
  while (stack.length > 0) {
    const [a, b] = stack.pop()!;
    const [ax, ay] = points[a];
    const [bx, by] = points[b];
    const dx = bx - ax;
    const dy = by - ay;
    const len2 = dx * dx + dy * dy;
    let max = -1;
    let index = -1;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = points[i];
      const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
      const d2 = (px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2;
      if (d2 > max) {
        max = d2;
        index = i;
      }
    }
    if (max > t2) {
      keep[index] = 1;
      stack.push([a, index], [index, b]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/** Formats a count of tenths as the shortest SVG number: 15 → "1.5", -5 → "-.5", 120 → "12". */
function num(tenths: number): string {
  const sign = tenths < 0 ? '-' : '';
  const abs = Math.abs(tenths);
  const whole = Math.floor(abs / 10);
  const frac = abs % 10;
  if (frac === 0) return sign + whole;
  return `${sign}${whole === 0 ? '' : whole}.${frac}`;
}

/** Joins numbers with only the separators SVG path syntax needs. */
function joinNumbers(values: string[]): string {
  let out = '';
  let previous = '';
  for (const value of values) {
    const glued = value.startsWith('-') || (value.startsWith('.') && previous.includes('.'));
    out += (out !== '' && !glued ? ' ' : '') + value;
    previous = value;
  }
  return out;
}

/**
 * Writes lines as an SVG path: simplified, rounded to 0.1 unit, repeated
 * points dropped, relative `l` after each line's first point.
 */
function toPath({ lines, closed }: Lines, tolerance: number): string {
  let d = '';
  for (const raw of lines) {
    const points: [number, number][] = [];
    for (const [x, y] of simplify(raw, tolerance)) {
      const p: [number, number] = [Math.round(x * 10), Math.round(y * 10)];
      const last = points[points.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) points.push(p);
    }
    if (closed && points.length > 1) {
      const [fx, fy] = points[0];
      const [lx, ly] = points[points.length - 1];
      if (fx === lx && fy === ly) points.pop();
    }
    if (points.length < (closed ? 3 : 2)) continue;
    const rest: string[] = [];
    for (let i = 1; i < points.length; i++) {
      rest.push(num(points[i][0] - points[i - 1][0]), num(points[i][1] - points[i - 1][1]));
    }
    d += `M${joinNumbers([num(points[0][0]), num(points[0][1])])}l${joinNumbers(rest)}${closed ? 'z' : ''}`;
  }
  return d;
}

/* ---------- The map model ---------- */

export interface CountryShape {
  id: string;
  name: string;
  /** `mx` and `gt` are the focus countries; `ctx` the neighbours shown for context. */
  role: 'mx' | 'gt' | 'ctx';
  d: string;
}

export interface PointLabel {
  text: string;
  x: number;
  y: number;
  anchor: LabelOffset['anchor'];
  rotate?: number;
  /** Draw a leader line from the marker to the label. */
  leader?: boolean;
}

export interface ProjectedPlace {
  id: string;
  name: string;
  country: PlaceCountry;
  /** The town's own projected position. */
  x: number;
  y: number;
  /** Its name, or null where the layout leaves the name off. */
  label: PointLabel | null;
}

export interface ProjectedCrossing {
  id: string;
  name: string;
  /** Marker position: the middle of the crossing's towns. */
  x: number;
  y: number;
  places: ProjectedPlace[];
}

export interface LocatorMapModel {
  layout: Layout;
  width: number;
  height: number;
  /** Filled country shapes, neighbours first so the focus countries draw on top. */
  countries: CountryShape[];
  /** International boundaries between drawn countries, other than Mexico–Guatemala. */
  boundaries: string;
  /** The Mexico–Guatemala boundary. */
  border: string;
  /** Towns that are not crossings (only those the layout shows). */
  towns: ProjectedPlace[];
  crossings: ProjectedCrossing[];
  regions: (PointLabel & { id: string; country: PlaceCountry })[];
  rivers: (PointLabel & { id: string })[];
  countryLabels: (PointLabel & { id: string; focus: boolean })[];
  water: PointLabel[];
  /** A scale bar `length` user units long for `km` kilometres, measured east–west at `lat`. */
  scale: { km: number; length: number; lat: number };
}

export interface BuildOptions {
  layout?: Layout;
  resolution?: Resolution;
  /** Overrides the layout's simplification tolerance. */
  tolerance?: number;
}

const round1 = (value: number): number => Math.round(value * 10) / 10;

/** Projects countries, border, towns and labels for one layout. Same input, same output. */
export function buildLocatorMap(options: BuildOptions = {}): LocatorMapModel {
  const { layout = 'wide', resolution = '10m' } = options;
  const spec = LAYOUTS[layout];
  const tolerance = options.tolerance ?? spec.tolerance;
  const topology = loadCountries(resolution);
  const { projection, width, height } = createProjection(spec);
  const object = topology.objects.countries;
  const drawn = (g: GeometryObject) => DRAWN_IDS.includes(String(g.id));

  const countries: CountryShape[] = object.geometries
    .filter(drawn)
    .map((g) => {
      const id = String(g.id);
      const role: CountryShape['role'] = id === COUNTRY_IDS.mexico ? 'mx' : id === COUNTRY_IDS.guatemala ? 'gt' : 'ctx';
      const name = (g.properties as CountryProps | undefined)?.name ?? id;
      return { id, name, role, d: toPath(collect(projection, feature(topology, g)), tolerance) };
    })
    .filter((c) => c.d !== '')
    .sort((a, b) => Number(a.role !== 'ctx') - Number(b.role !== 'ctx') || a.id.localeCompare(b.id));

  const isBorder = (a: GeometryObject, b: GeometryObject) =>
    a !== b && FOCUS_IDS.includes(String(a.id)) && FOCUS_IDS.includes(String(b.id));
  const borderMesh: MultiLineString = mesh(topology, object, isBorder);
  const boundaryMesh: MultiLineString = mesh(topology, object, (a, b) => a !== b && drawn(a) && drawn(b) && !isBorder(a, b));

  const at = (lon: number, lat: number): [number, number] => {
    const [x, y] = project(projection, lon, lat);
    return [round1(x), round1(y)];
  };
  const offsetLabel = (x: number, y: number, text: string, offset: LabelOffset | undefined): PointLabel | null =>
    offset
      ? { text, x: round1(x + offset.dx), y: round1(y + offset.dy), anchor: offset.anchor, ...(offset.leader ? { leader: true } : {}) }
      : null;
  const freeLabel = (text: string, position: LabelPosition): PointLabel => {
    const [x, y] = at(position.lon, position.lat);
    return { text, x, y, anchor: 'middle', ...(position.rotate ? { rotate: position.rotate } : {}) };
  };

  const placed = new Map<string, ProjectedPlace & { source: MapPlace }>();
  for (const place of PLACES) {
    const [x, y] = at(place.lon, place.lat);
    const label = offsetLabel(x, y, place.name, place.label[layout]);
    placed.set(place.id, { id: place.id, name: place.name, country: place.country, x, y, label, source: place });
  }
  const strip = ({ source: _source, ...place }: ProjectedPlace & { source: MapPlace }): ProjectedPlace => place;

  const crossings: ProjectedCrossing[] = CROSSINGS.map((crossing) => {
    const members = crossing.places.map((id) => {
      const place = placed.get(id);
      if (!place) throw new Error(`Crossing ${crossing.id} names unknown place ${id}.`);
      return place;
    });
    const x = round1(members.reduce((sum, p) => sum + p.x, 0) / members.length);
    const y = round1(members.reduce((sum, p) => sum + p.y, 0) / members.length);
    // A crossing's names sit around its one marker, each on its own country's side.
    const places = members.map((p) => ({ ...strip(p), label: offsetLabel(x, y, p.name, p.source.label[layout]) }));
    return { id: crossing.id, name: crossing.name, x, y, places };
  });
  const inCrossing = new Set(CROSSINGS.flatMap((c) => c.places));
  const towns = PLACES.filter((p) => !inCrossing.has(p.id) && p.label[layout]).map((p) => strip(placed.get(p.id)!));

  // Scale bar: the largest round distance that fits 120 units, measured near the bottom.
  const scaleLat = spec.frame.south + 0.5;
  const [x0] = project(projection, spec.frame.west, scaleLat);
  const [x1] = project(projection, spec.frame.west + 1, scaleLat);
  const unitsPerKm = (x1 - x0) / (geoDistance([spec.frame.west, scaleLat], [spec.frame.west + 1, scaleLat]) * 6371.0088);
  const km = [200, 100, 50, 25].find((k) => k * unitsPerKm <= 120) ?? 25;

  return {
    layout,
    width,
    height,
    countries,
    boundaries: toPath(collect(projection, boundaryMesh), tolerance),
    border: toPath(collect(projection, borderMesh), tolerance),
    towns,
    crossings,
    regions: REGIONS.flatMap((r) => {
      const position = r.at[layout];
      return position ? [{ ...freeLabel(r.name, position), id: r.id, country: r.country }] : [];
    }),
    rivers: RIVERS.flatMap((r) => {
      const position = r.at[layout];
      return position ? [{ ...freeLabel(r.name, position), id: r.id }] : [];
    }),
    countryLabels: COUNTRIES.flatMap((c) => {
      const position = c.at[layout];
      return position ? [{ ...freeLabel(c.name, position), id: c.id, focus: c.focus }] : [];
    }),
    water: WATERS.flatMap((w) => {
      const position = w.at[layout];
      return position ? [freeLabel(w.name, position)] : [];
    }),
    scale: { km, length: round1(km * unitsPerKm), lat: scaleLat },
  };
}

const cache = new Map<Layout, LocatorMapModel>();

/** A layout at its default settings, built once per build. */
export function getLocatorMap(layout: Layout = 'wide'): LocatorMapModel {
  let model = cache.get(layout);
  if (!model) {
    model = buildLocatorMap({ layout });
    cache.set(layout, model);
  }
  return model;
}

/* ---------- Text alternative ---------- */

/** One line of the "Map as text" list, optionally with a sub-list. */
export interface TextItem {
  text: string;
  list?: string[];
}

/** "a, b and c" (or "a, b y c"). */
export function list(items: readonly string[], and: Conjunction = UI.en.locatorMap.and): string {
  return joinWords(items, and);
}

/** Where a crossing or town is, in the words' language: English from the place data, others by id. */
function whereOf(words: MapWords, id: string, english: string): string {
  if (!words.where) return english;
  const where = words.where[id];
  if (!where) throw new Error(`src/i18n/ui.ts: locatorMap.where has nothing for the place "${id}" (English: "${english}"). Add "${id}" to that language's locatorMap.where.`);
  return where;
}

/** The map's content in words, from the same data the map is drawn from, in the language of `words`. */
export function mapTextAlternative(words: MapWords = UI.en.locatorMap): TextItem[] {
  const states = REGIONS.filter((r) => r.country === 'MX').map((r) => r.name);
  const departments = REGIONS.filter((r) => r.country === 'GT').map((r) => r.name);
  const byId = new Map(PLACES.map((p) => [p.id, p]));
  const crossings = CROSSINGS.map((c) => {
    const sides = c.places.map((id) => byId.get(id)!);
    const names = sides.length === 1 ? sides[0].name : list(sides.map((p) => `${p.name} (${words.country[p.country]})`), words.and);
    return `${names}, ${whereOf(words, c.id, c.where)}`;
  });
  const towns = PLACES.filter((p) => !p.crossing).map((p) => `${p.name} (${words.country[p.country]})${p.where ? `, ${whereOf(words, p.id, p.where)}` : ''}`);
  return [
    { text: words.overview },
    { text: words.states(list(states, words.and)) },
    { text: words.departments(list(departments, words.and)) },
    { text: words.rivers(RIVERS[0].name, RIVERS[1].name) },
    { text: words.crossingsShown, list: crossings },
    { text: words.townsShown, list: towns },
  ];
}

/** A one-paragraph summary for the SVG's <desc>, in the language of `words`. */
export function describeMap(words: MapWords = UI.en.locatorMap): string {
  const states = REGIONS.filter((r) => r.country === 'MX').map((r) => r.name);
  const departments = REGIONS.filter((r) => r.country === 'GT').map((r) => r.name);
  return words.describe(list(states, words.and), list(departments, words.and), list(CROSSINGS.map((c) => c.name), words.and));
}

/* ---------- SVG markup ---------- */

export interface RenderOptions {
  /** Prefix for the SVG's ids (title, description, pattern); unique per page. */
  id?: string;
  /** Place ids to emphasise: bigger marker, bold name. */
  highlight?: readonly string[];
  /** The language of the title, description and the names drawn on the map (default English). */
  words?: MapWords;
  /**
   * Draw the land (countries, boundaries, border) with <use> from renderLocatorMapLand's
   * shapes: `id` is the prefix given there, `model` the layout they were projected for.
   * Without it, the SVG carries its own land.
   */
  land?: { id: string; model: LocatorMapModel };
}

/** Place ids that are not on the map. */
export function unknownPlaceIds(ids: readonly string[]): string[] {
  const known = new Set(PLACES.map((p) => p.id));
  return ids.filter((id) => !known.has(id));
}

/** Of the given place ids, those the layout leaves off (no label there). */
export function placesHiddenOn(layout: Layout, ids: readonly string[]): string[] {
  return ids.filter((id) => {
    const place = PLACES.find((p) => p.id === id);
    return place !== undefined && place.label[layout] === undefined;
  });
}

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function textElement(label: PointLabel, className: string): string {
  const anchor = label.anchor === 'start' ? '' : ` text-anchor="${label.anchor}"`;
  const rotate = label.rotate ? ` transform="rotate(${label.rotate} ${label.x} ${label.y})"` : '';
  return `<text class="${className}" x="${label.x}" y="${label.y}"${anchor}${rotate}>${escapeXml(label.text)}</text>`;
}

/** A thin line from a marker's edge towards its label, or nothing. */
function leaderElement(marker: { x: number; y: number }, label: PointLabel | null, radius: number): string {
  if (!label?.leader) return '';
  const tx = label.x + (label.anchor === 'end' ? 3 : label.anchor === 'start' ? -3 : 0);
  const ty = label.y;
  const dx = tx - marker.x;
  const dy = ty - marker.y;
  const length = Math.hypot(dx, dy);
  if (length <= radius + 2) return '';
  const sx = marker.x + (dx / length) * (radius + 1.5);
  const sy = marker.y + (dy / length) * (radius + 1.5);
  return `<path class="lm-leader" d="M${round1(sx)} ${round1(sy)}L${round1(tx)} ${round1(ty)}"/>`;
}

function scaleBarElement(model: LocatorMapModel): string {
  const x = 14;
  const y = model.height - 14;
  const d = `M${x} ${y - 6}v6h${model.scale.length}v-6`;
  return (
    `<g class="lm-scalebar"><path class="lm-scale-halo" d="${d}"/><path class="lm-scale" d="${d}"/>` +
    `<text class="lm-key" x="${round1(x + model.scale.length + 7)}" y="${y - 3}">${model.scale.km} km</text></g>`
  );
}

/**
 * The land of one layout as shapes to draw with <use>, once for every layout on the page: a
 * hidden SVG whose <defs> hold each country, the other boundaries and the border, with ids
 * `${id}-${country id}`, `${id}-boundaries` and `${id}-border`. The shapes carry no class or
 * paint; each <use> brings its own (renderLocatorMapSvg with `land`).
 */
export function renderLocatorMapLand(model: LocatorMapModel, id: string): string {
  const shapes = [...model.countries.map((c) => ({ key: c.id, d: c.d })), { key: 'boundaries', d: model.boundaries }, { key: 'border', d: model.border }];
  return `<svg class="lm-land-defs" width="0" height="0" aria-hidden="true"><defs>${shapes.map((s) => `<path id="${id}-${s.key}" d="${s.d}"/>`).join('')}</defs></svg>`;
}

/** One layout of the map as an inline SVG string: no script, no inline style. */
export function renderLocatorMapSvg(model: LocatorMapModel, options: RenderOptions = {}): string {
  const { id = 'locator-map', highlight = [], words = UI.en.locatorMap, land } = options;
  const hl = new Set(highlight);
  const { width, height, layout } = model;
  const names = layout === 'narrow' ? { ...words.labels, ...words.narrowLabels } : words.labels;
  const shown = (label: PointLabel): PointLabel => ({ ...label, text: names[label.text] ?? label.text });
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const hatchId = `${id}-hatch`;
  // Land drawn from another layout's shapes is scaled to this layout's units: the hatching is scaled back,
  // so it is as dense on every layout (the lines' widths are scaled back in CSS, by --lm-line).
  const transform = land ? landTransform(land.model.layout, layout) : undefined;
  const scaled = transform && transform.scale !== 1 ? transform : undefined;
  const hatchScale = scaled ? ` scale(${Math.round(1e4 / scaled.scale) / 1e4})` : '';
  const out: string[] = [
    `<svg class="lm-svg lm-${layout}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${titleId}" aria-describedby="${descId}" data-pagefind-ignore>`,
    `<title id="${titleId}">${escapeXml(words.title)}</title>`,
    `<desc id="${descId}">${escapeXml(describeMap(words))}</desc>`,
    `<defs><pattern id="${hatchId}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)${hatchScale}">` +
      `<rect class="lm-ctx-tone" width="6" height="6"/><path class="lm-hatch" d="M0 0v6"/></pattern></defs>`,
    `<rect class="lm-sea" width="${width}" height="${height}"/>`,
  ];
  const fillOf = (role: CountryShape['role']) => (role === 'ctx' ? ` fill="url(#${hatchId})"` : '');
  if (land) {
    if (scaled) out.push(`<g transform="matrix(${scaled.scale} 0 0 ${scaled.scale} ${scaled.dx} ${scaled.dy})">`);
    for (const c of land.model.countries) out.push(`<use class="lm-land lm-${c.role}"${fillOf(c.role)} href="#${land.id}-${c.id}"/>`);
    out.push(
      `<use class="lm-boundary" href="#${land.id}-boundaries"/>`,
      `<use class="lm-border-casing" href="#${land.id}-border"/>`,
      `<use class="lm-border" href="#${land.id}-border"/>`,
    );
    if (scaled) out.push('</g>');
  } else {
    for (const c of model.countries) out.push(`<path class="lm-land lm-${c.role}"${fillOf(c.role)} d="${c.d}"/>`);
    out.push(
      `<path class="lm-boundary" d="${model.boundaries}"/>`,
      `<path class="lm-border-casing" d="${model.border}"/>`,
      `<path class="lm-border" d="${model.border}"/>`,
    );
  }

  // Area names first, then markers and town names on top.
  for (const w of model.water) out.push(textElement(shown(w), 'lm-water'));
  for (const c of model.countryLabels) {
    out.push(textElement({ ...c, text: shown(c).text.toUpperCase() }, c.focus ? 'lm-country' : 'lm-country lm-country-ctx'));
  }
  for (const r of model.regions) out.push(textElement(r, 'lm-region'));
  for (const r of model.rivers) out.push(textElement(r, 'lm-river'));
  for (const t of model.towns) {
    const strong = hl.has(t.id);
    const r = strong ? 5.5 : 4;
    out.push(`<circle class="lm-town${strong ? ' lm-hl' : ''}" cx="${t.x}" cy="${t.y}" r="${r}"/>`);
    if (t.label) out.push(leaderElement(t, t.label, r), textElement(t.label, `lm-place${strong ? ' lm-hl' : ''}`));
  }
  for (const c of model.crossings) {
    const strong = c.places.some((p) => hl.has(p.id));
    const r = strong ? 8.5 : 6.5;
    out.push(
      `<circle class="lm-crossing${strong ? ' lm-hl' : ''}" cx="${c.x}" cy="${c.y}" r="${r}"/>`,
      `<circle class="lm-crossing-dot" cx="${c.x}" cy="${c.y}" r="${strong ? 3.5 : 2.75}"/>`,
    );
    for (const p of c.places) {
      if (p.label) out.push(leaderElement(c, p.label, r), textElement(p.label, `lm-place${hl.has(p.id) ? ' lm-hl' : ''}`));
    }
  }
  out.push(scaleBarElement(model), '</svg>');
  return out.join('');
}
