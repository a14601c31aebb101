/**
 * The border locator map: geometry and SVG markup, computed at build time.
 *
 * Country outlines come from Natural Earth (public domain) as the world-atlas
 * package ships them (TopoJSON, ids are ISO 3166-1 numeric codes). They are
 * projected with d3-geo (Mercator fitted to FRAME), clipped to the frame, and
 * written as compact SVG paths. Towns and labels come from
 * `locator-map-places.ts`. Nothing here runs in the browser.
 *
 * Styling is by class (`lm-*`); the colours live in LocatorMap.astro so they
 * follow the site's light and dark tokens.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { geoDistance, geoMercator, geoStream, type GeoPermissibleObjects, type GeoProjection, type GeoStream } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { Feature, FeatureCollection, GeoJsonProperties, Geometry, MultiLineString } from 'geojson';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import {
  COUNTRIES,
  CROSSINGS,
  PLACES,
  REGIONS,
  RIVERS,
  WATER,
  type LabelOffset,
  type MapPlace,
} from './locator-map-places';

/** The area shown, in degrees (west and south are negative/low). */
export const FRAME = { west: -94.3, east: -87.7, south: 13.6, north: 19.0 } as const;

/** Width of the SVG viewBox in user units; the height follows from FRAME. */
export const MAP_WIDTH = 800;

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

/** Natural Earth scale: 50m (1:50 million) or 10m (1:10 million). */
export type Resolution = '10m' | '50m';

type CountryProps = { name?: string };
type CountriesTopology = Topology<{ countries: GeometryCollection<CountryProps> }>;

const topologies = new Map<Resolution, CountriesTopology>();

/** Reads world-atlas's Natural Earth countries (cached per resolution). */
export function loadCountries(resolution: Resolution = '10m'): CountriesTopology {
  let topology = topologies.get(resolution);
  if (!topology) {
    const file = resolveData(`world-atlas/countries-${resolution}.json`);
    topology = JSON.parse(readFileSync(file, 'utf8')) as CountriesTopology;
    topologies.set(resolution, topology);
  }
  return topology;
}

/** Resolves a data file from this module, or from the project root once bundled elsewhere. */
function resolveData(specifier: string): string {
  try {
    return createRequire(import.meta.url).resolve(specifier);
  } catch {
    return createRequire(join(process.cwd(), 'package.json')).resolve(specifier);
  }
}

/** The Mercator projection fitted to FRAME, and the map's size in user units. */
export function createProjection(width: number = MAP_WIDTH): { projection: GeoProjection; width: number; height: number } {
  const corners: Feature<Geometry> = {
    type: 'Feature',
    properties: {},
    geometry: {
      type: 'MultiPoint',
      coordinates: [
        [FRAME.west, FRAME.south],
        [FRAME.east, FRAME.north],
      ],
    },
  };
  const projection = geoMercator().fitWidth(width, corners);
  const [, top] = project(projection, FRAME.west, FRAME.north);
  const [, bottom] = project(projection, FRAME.west, FRAME.south);
  const height = Math.round(bottom - top);
  projection.translate([projection.translate()[0], projection.translate()[1] - top]);
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  return { projection, width, height };
}

function project(projection: GeoProjection, lon: number, lat: number): [number, number] {
  const point = projection([lon, lat]);
  if (!point) throw new Error(`Cannot project ${lon}, ${lat}.`);
  return point;
}

/* ---------- Compact paths ---------- */

/** Projected lines (or polygon rings when `closed`) after clipping. */
interface Lines {
  lines: [number, number][][];
  closed: boolean;
}

/** Runs a GeoJSON object through the projection (with clipping) and collects the lines. */
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
  geoStream(object, projection.stream(sink));
  return { lines, closed };
}

/** Douglas–Peucker on one line, tolerance in user units. */
function simplify(points: [number, number][], tolerance: number): [number, number][] {
  if (points.length < 3 || tolerance <= 0) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  const t2 = tolerance * tolerance;
  while (stack.length) {
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
      let d2: number;
      if (len2 === 0) d2 = (px - ax) ** 2 + (py - ay) ** 2;
      else {
        const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
        d2 = (px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2;
      }
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

/** Formats a tenth-unit integer as the shortest SVG number: 15 → "1.5", -5 → "-.5", 120 → "12". */
function num(tenths: number): string {
  const sign = tenths < 0 ? '-' : '';
  const abs = Math.abs(tenths);
  const whole = Math.floor(abs / 10);
  const frac = abs % 10;
  if (frac === 0) return sign + whole;
  return sign + (whole === 0 ? '' : whole) + '.' + frac;
}

/** Joins numbers with the fewest separators SVG allows. */
function joinNumbers(values: string[]): string {
  let out = '';
  let previous = '';
  for (const value of values) {
    const needsSpace =
      out !== '' && !value.startsWith('-') && !(value.startsWith('.') && previous.includes('.'));
    out += (needsSpace ? ' ' : '') + value;
    previous = value;
  }
  return out;
}

/**
 * Writes lines as an SVG path: coordinates rounded to 0.1 unit, repeated
 * points dropped, relative moves after the first point of each line.
 */
function toPath({ lines, closed }: Lines, tolerance: number): string {
  let d = '';
  for (const raw of lines) {
    const simple = simplify(raw, tolerance);
    const points: [number, number][] = [];
    for (const [x, y] of simple) {
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
    d += 'M' + joinNumbers([num(points[0][0]), num(points[0][1])]) + 'l' + joinNumbers(rest) + (closed ? 'z' : '');
  }
  return d;
}

/* ---------- The map model ---------- */

export interface CountryShape {
  id: string;
  name: string;
  /** `mx` and `gt` are the focus countries; `ctx` the context ones. */
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
  country: MapPlace['country'];
  x: number;
  y: number;
  label: PointLabel;
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
  width: number;
  height: number;
  /** Filled country shapes, context first so focus countries draw on top. */
  countries: CountryShape[];
  /** International boundaries other than Mexico–Guatemala. */
  boundaries: string;
  /** The Mexico–Guatemala boundary. */
  border: string;
  /** Towns that are not crossings. */
  towns: ProjectedPlace[];
  crossings: ProjectedCrossing[];
  regions: (PointLabel & { id: string; country: 'MX' | 'GT' })[];
  rivers: (PointLabel & { id: string })[];
  countryLabels: (PointLabel & { id: string; focus: boolean })[];
  water: PointLabel[];
  /** A scale bar of `km` kilometres, `length` user units long, measured at `lat`. */
  scale: { km: number; length: number; lat: number };
}

export interface BuildOptions {
  resolution?: Resolution;
  /** Douglas–Peucker tolerance in user units (0 keeps every point). */
  tolerance?: number;
}

const round1 = (value: number): number => Math.round(value * 10) / 10;

/** Projects the countries, border, places and labels. Same input, same output. */
export function buildLocatorMap(options: BuildOptions = {}): LocatorMapModel {
  const { resolution = '10m', tolerance = 0.35 } = options;
  const topology = loadCountries(resolution);
  const { projection, width, height } = createProjection();
  const object = topology.objects.countries;
  const drawn = (g: GeometryObject<CountryProps>) => DRAWN_IDS.includes(String(g.id));

  const countries: CountryShape[] = object.geometries
    .filter(drawn)
    .map((g) => {
      const f = feature(topology, g) as Feature<Geometry, GeoJsonProperties>;
      const id = String(g.id);
      const role: CountryShape['role'] =
        id === COUNTRY_IDS.mexico ? 'mx' : id === COUNTRY_IDS.guatemala ? 'gt' : 'ctx';
      return { id, name: g.properties?.name ?? id, role, d: toPath(collect(projection, f), tolerance) };
    })
    .filter((c) => c.d !== '')
    .sort((a, b) => Number(a.role !== 'ctx') - Number(b.role !== 'ctx') || a.id.localeCompare(b.id));

  const isBorder = (a: GeometryObject, b: GeometryObject) =>
    a !== b && FOCUS_IDS.includes(String(a.id)) && FOCUS_IDS.includes(String(b.id));
  const borderMesh: MultiLineString = mesh(topology, object, isBorder);
  const boundaryMesh: MultiLineString = mesh(
    topology,
    object,
    (a, b) => a !== b && drawn(a) && drawn(b) && !isBorder(a, b),
  );

  const at = (lon: number, lat: number): [number, number] => {
    const [x, y] = project(projection, lon, lat);
    return [round1(x), round1(y)];
  };
  const labelAt = (x: number, y: number, text: string, offset: LabelOffset): PointLabel => ({
    text,
    x: round1(x + offset.dx),
    y: round1(y + offset.dy),
    anchor: offset.anchor,
    leader: offset.leader,
  });

  const placed = new Map<string, ProjectedPlace>();
  for (const place of PLACES) {
    const [x, y] = at(place.lon, place.lat);
    placed.set(place.id, { id: place.id, name: place.name, country: place.country, x, y, label: labelAt(x, y, place.name, place.label) });
  }
  const crossings: ProjectedCrossing[] = CROSSINGS.map((crossing) => {
    const members = crossing.places.map((id) => {
      const p = placed.get(id);
      if (!p) throw new Error(`Crossing ${crossing.id} names unknown place ${id}.`);
      return p;
    });
    const x = round1(members.reduce((sum, p) => sum + p.x, 0) / members.length);
    const y = round1(members.reduce((sum, p) => sum + p.y, 0) / members.length);
    const source = PLACES.filter((p) => crossing.places.includes(p.id));
    // Crossing labels sit around the shared marker, each on its own country's side.
    const places = members.map((p) => ({ ...p, label: labelAt(x, y, p.name, source.find((s) => s.id === p.id)!.label) }));
    return { id: crossing.id, name: crossing.name, x, y, places };
  });
  const inCrossing = new Set(CROSSINGS.flatMap((c) => c.places));
  const towns = PLACES.filter((p) => !inCrossing.has(p.id)).map((p) => placed.get(p.id)!);

  // Scale bar: 100 km measured east–west near the bottom of the map.
  const scaleLat = FRAME.south + 0.6;
  const [x0] = project(projection, FRAME.west, scaleLat);
  const [x1] = project(projection, FRAME.west + 1, scaleLat);
  const kmPerDegree = (geoDistance([FRAME.west, scaleLat], [FRAME.west + 1, scaleLat]) * 6371.0088);
  const km = 100;

  return {
    width,
    height,
    countries,
    boundaries: toPath(collect(projection, boundaryMesh), tolerance),
    border: toPath(collect(projection, borderMesh), tolerance),
    towns,
    crossings,
    regions: REGIONS.map((r) => {
      const [x, y] = at(r.lon, r.lat);
      return { id: r.id, country: r.country, text: r.name, x, y, anchor: 'middle' as const };
    }),
    rivers: RIVERS.map((r) => {
      const [x, y] = at(r.lon, r.lat);
      return { id: r.id, text: r.name, x, y, anchor: r.anchor, rotate: r.rotate };
    }),
    countryLabels: COUNTRIES.map((c) => {
      const [x, y] = at(c.lon, c.lat);
      return { id: c.id, focus: c.focus, text: c.name, x, y, anchor: 'middle' as const };
    }),
    water: WATER.map((w) => {
      const [x, y] = at(w.lon, w.lat);
      return { text: w.name, x, y, anchor: 'middle' as const };
    }),
    scale: { km, length: round1(((x1 - x0) / kmPerDegree) * km), lat: scaleLat },
  };
}

let cached: LocatorMapModel | undefined;

/** The map at its default settings, built once per build. */
export function getLocatorMap(): LocatorMapModel {
  cached ??= buildLocatorMap();
  return cached;
}

/* ---------- Text alternative ---------- */

/** One line of the "Map as text" list, optionally with a sub-list. */
export interface TextItem {
  text: string;
  list?: string[];
}

const COUNTRY_NAME = { MX: 'Mexico', GT: 'Guatemala' } as const;

/** The map's content in words, from the same data the map is drawn from. */
export function mapTextAlternative(): TextItem[] {
  const states = REGIONS.filter((r) => r.country === 'MX').map((r) => r.name);
  const departments = REGIONS.filter((r) => r.country === 'GT').map((r) => r.name);
  const byId = new Map(PLACES.map((p) => [p.id, p]));
  const crossings = CROSSINGS.map((c) => {
    const sides = c.places.map((id) => byId.get(id)!);
    const names = sides.length === 1 ? sides[0].name : sides.map((p) => `${p.name} (${COUNTRY_NAME[p.country]})`).join(' and ');
    return `${names}, ${c.where}`;
  });
  const towns = PLACES.filter((p) => !p.crossing).map((p) => `${p.name} (${COUNTRY_NAME[p.country]}), ${p.where ?? ''}`.replace(/, $/, ''));
  return [
    {
      text:
        'The map shows southern Mexico and Guatemala, with Belize, Honduras and El Salvador at the edges. ' +
        'A heavy dashed line marks the Mexico–Guatemala border, from the Pacific coast in the south-west to Belize in the north-east.',
    },
    { text: `Mexican states along the border: ${list(states)}.` },
    { text: `Guatemalan departments along the border: ${list(departments)}.` },
    { text: 'Rivers labelled where they form the border: the Suchiate, at the Pacific end, and the Usumacinta, on the western edge of Petén.' },
    { text: 'Border crossings shown, from south to north:', list: crossings },
    { text: 'Other towns shown:', list: towns },
  ];
}

/* ---------- SVG markup ---------- */

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface RenderOptions {
  /** Prefix for the SVG's ids (title, description, patterns); unique per page. */
  id?: string;
  /** Place ids to emphasise: bigger marker, bold label. */
  highlight?: readonly string[];
  /** Accessible title and description of the SVG. */
  title?: string;
  description?: string;
}

/** Place ids that are not on the map. */
export function unknownPlaceIds(ids: readonly string[]): string[] {
  const known = new Set(PLACES.map((p) => p.id));
  return ids.filter((id) => !known.has(id));
}

export const DEFAULT_TITLE = 'Locator map of the Mexico–Guatemala border region';

/** A one-paragraph description for the SVG's <desc>. */
export function describeMap(): string {
  const states = REGIONS.filter((r) => r.country === 'MX').map((r) => r.name);
  const departments = REGIONS.filter((r) => r.country === 'GT').map((r) => r.name);
  const crossings = CROSSINGS.map((c) => c.name);
  const towns = PLACES.filter((p) => !p.crossing).map((p) => p.name);
  return (
    `Map of southern Mexico and Guatemala, with Belize, Honduras and El Salvador for context. ` +
    `A heavy dashed line marks the Mexico–Guatemala border, which runs between the Mexican states of ${list(states)} ` +
    `and the Guatemalan departments of ${list(departments)}. ` +
    `Border crossings shown: ${list(crossings)}. Other towns shown: ${list(towns)}. ` +
    `The Suchiate and Usumacinta rivers, which form parts of the border, are labelled.`
  );
}

/** "a, b and c". */
export function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function text(label: PointLabel, className: string, extra = ''): string {
  const rotate = label.rotate ? ` transform="rotate(${label.rotate} ${label.x} ${label.y})"` : '';
  const anchor = label.anchor === 'start' ? '' : ` text-anchor="${label.anchor}"`;
  return `<text class="${className}" x="${label.x}" y="${label.y}"${anchor}${rotate}${extra}>${escapeXml(label.text)}</text>`;
}

/** The whole map as an inline SVG string (no script, no inline style). */
export function renderLocatorMapSvg(model: LocatorMapModel, options: RenderOptions = {}): string {
  const { id = 'locator-map', highlight = [], title = DEFAULT_TITLE, description = describeMap() } = options;
  const hl = new Set(highlight);
  const { width, height } = model;
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const hatchId = `${id}-hatch`;
  const out: string[] = [];

  out.push(
    `<svg class="lm-svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${titleId} ${descId}" data-pagefind-ignore>`,
    `<title id="${titleId}">${escapeXml(title)}</title>`,
    `<desc id="${descId}">${escapeXml(description)}</desc>`,
    `<defs><pattern id="${hatchId}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect class="lm-ctx-tone" width="6" height="6"/><path class="lm-hatch" d="M0 0v6"/></pattern></defs>`,
    `<rect class="lm-sea" width="${width}" height="${height}"/>`,
  );
  for (const c of model.countries) {
    const fill = c.role === 'ctx' ? ` fill="url(#${hatchId})"` : '';
    out.push(`<path class="lm-land lm-${c.role}"${fill} d="${c.d}"/>`);
  }
  out.push(
    `<path class="lm-boundary" d="${model.boundaries}"/>`,
    `<path class="lm-border-casing" d="${model.border}"/>`,
    `<path class="lm-border" d="${model.border}"/>`,
  );

  // Labels: countries, regions, rivers, then places on top.
  out.push('<g class="lm-labels">');
  for (const c of model.countryLabels) {
    out.push(text({ ...c, text: c.text.toUpperCase() }, c.focus ? 'lm-country' : 'lm-country lm-country-context'));
  }
  for (const w of model.water) out.push(text(w, 'lm-water'));
  for (const r of model.regions) out.push(text(r, 'lm-region'));
  for (const r of model.rivers) out.push(text(r, 'lm-river'));
  for (const t of model.towns) {
    const strong = hl.has(t.id);
    out.push(`<circle class="lm-town${strong ? ' lm-hl' : ''}" cx="${t.x}" cy="${t.y}" r="${strong ? 5.5 : 4}"/>`);
    out.push(leader(t, t.label, 4), text(t.label, `lm-place${strong ? ' lm-hl' : ''}`));
  }
  for (const c of model.crossings) {
    const strong = c.places.some((p) => hl.has(p.id));
    const r = strong ? 8 : 6.5;
    out.push(
      `<circle class="lm-crossing${strong ? ' lm-hl' : ''}" cx="${c.x}" cy="${c.y}" r="${r}"/>`,
      `<circle class="lm-crossing-dot" cx="${c.x}" cy="${c.y}" r="${strong ? 3.5 : 2.75}"/>`,
    );
    for (const p of c.places) {
      out.push(leader(c, p.label, r), text(p.label, `lm-place lm-place-crossing${hl.has(p.id) ? ' lm-hl' : ''}`));
    }
  }
  out.push('</g>');

  out.push(scaleBar(model), '</svg>');
  return out.join('');
}

/** A thin line from a marker's edge towards its label's anchor point, or nothing. */
function leader(marker: { x: number; y: number }, label: PointLabel, radius: number): string {
  if (!label.leader) return '';
  const gap = label.anchor === 'end' ? 3 : label.anchor === 'start' ? -3 : 0;
  const tx = label.x + gap;
  const ty = label.y;
  const dx = tx - marker.x;
  const dy = ty - marker.y;
  const length = Math.hypot(dx, dy);
  if (length <= radius + 1) return '';
  const sx = marker.x + (dx / length) * (radius + 1.5);
  const sy = marker.y + (dy / length) * (radius + 1.5);
  return `<path class="lm-leader" d="M${round1(sx)} ${round1(sy)}L${round1(tx)} ${round1(ty)}"/>`;
}

function scaleBar(model: LocatorMapModel): string {
  const x = 16;
  const y = model.height - 16;
  const len = model.scale.length;
  return (
    `<g class="lm-scalebar"><path class="lm-scale-halo" d="M${x} ${y - 6}v6h${len}v-6"/><path class="lm-scale" d="M${x} ${y - 6}v6h${len}v-6"/>` +
    `<text class="lm-key" x="${round1(x + len + 8)}" y="${y - 3}">${model.scale.km} km</text></g>`
  );
}
