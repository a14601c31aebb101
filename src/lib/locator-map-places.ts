/**
 * What the border locator map (`<LocatorMap />`) labels, and where.
 *
 * Natural Earth's country outlines (world-atlas) hold no towns, states or
 * rivers, so every label position on the map comes from this file.
 *
 * - Towns: approximate public geographic coordinates (WGS84 longitude and
 *   latitude, rounded to 2 decimals, so within a couple of kilometres). They
 *   are map positions only, never a claim made in prose. Every town here is
 *   named in the site's sources; `note` says which crossing it belongs to, or
 *   that it is not a crossing.
 * - States, departments, rivers, seas and countries: label positions only,
 *   chosen by eye so the name sits inside the area or beside the river. The
 *   map draws no state, department or river lines (world-atlas has none).
 *
 * The map comes in two layouts: `wide` (800 units across; shown from about
 * 520px) and `narrow` (400 units across, cropped closer to the border, with
 * fewer names, for phones). Label offsets are in SVG user units of each
 * layout; text is about 14 units high. A label with no `narrow` entry is left
 * off the narrow map (a town without one loses its marker there too).
 *
 * To add a town: give it an id (kebab case, used by `<LocatorMap highlight>`),
 * its name as the sources spell it, country, coordinates and label offsets,
 * then check both layouts in light, dark and grayscale for overlaps.
 */

/** ISO 3166 country of a place: Mexico or Guatemala. */
export type PlaceCountry = 'MX' | 'GT';

/** The two drawings of the map. */
export type Layout = 'wide' | 'narrow';

/** Where a label sits relative to its marker, in SVG user units. */
export interface LabelOffset {
  /** Horizontal nudge; positive is right. */
  dx: number;
  /** Vertical nudge of the text's middle; positive is down. */
  dy: number;
  /** Which end of the text sits at the nudged point. */
  anchor: 'start' | 'middle' | 'end';
  /** Draw a thin leader line from the marker to the label (for crowded spots). */
  leader?: boolean;
}

/** Where a free-standing label (country, region, river, sea) is centred. */
export interface LabelPosition {
  lon: number;
  lat: number;
  /** Rotation in degrees, clockwise (rivers follow their course). */
  rotate?: number;
}

/** A town on the map. */
export interface MapPlace {
  /** Stable id, used by `<LocatorMap highlight={[...]}>`. */
  id: string;
  /** Name as the sources spell it. */
  name: string;
  country: PlaceCountry;
  /** Approximate longitude, degrees east (negative is west). */
  lon: number;
  /** Approximate latitude, degrees north. */
  lat: number;
  /** Which crossing the town is one side of, or that it is not a crossing. */
  note: string;
  /** Id of the border crossing this town is one side of, if any. */
  crossing?: string;
  /** For towns that are not crossings: where it is, for the text alternative. */
  where?: string;
  /** Label offset on each layout; for crossings, from the shared crossing marker. */
  label: { wide: LabelOffset; narrow?: LabelOffset };
}

/** A border crossing: one crossing marker between its towns. */
export interface BorderCrossing {
  id: string;
  /** How the text alternative names it. */
  name: string;
  /** Ids of the towns on each side, Mexican first (one id if the crossing has one name). */
  places: string[];
  /** Where it is, for the text alternative ("Map as text"): what the map shows, in words. */
  where: string;
}

/** A Mexican state or Guatemalan department on the border: a label, no boundary. */
export interface RegionLabel {
  id: string;
  name: string;
  country: PlaceCountry;
  kind: 'state' | 'department';
  at: { wide: LabelPosition; narrow?: LabelPosition };
}

/** A river that forms part of the border: a label, no line. */
export interface RiverLabel {
  id: string;
  name: string;
  at: { wide: LabelPosition; narrow?: LabelPosition };
}

/** A country name. `focus` countries are the two the map is about. */
export interface CountryLabel {
  /** ISO 3166-1 numeric code, as world-atlas ids countries. */
  id: string;
  name: string;
  focus: boolean;
  at: { wide: LabelPosition; narrow?: LabelPosition };
}

/** A sea, named for orientation. */
export interface WaterLabel {
  name: string;
  at: { wide: LabelPosition; narrow?: LabelPosition };
}

/** Towns. Crossing towns are listed Mexican side first. */
export const PLACES: readonly MapPlace[] = [
  {
    id: 'ciudad-hidalgo',
    name: 'Ciudad Hidalgo',
    country: 'MX',
    lon: -92.15,
    lat: 14.68,
    crossing: 'ciudad-hidalgo-tecun-uman',
    note: 'Mexican side of the Ciudad Hidalgo–Tecún Umán crossing.',
    label: { wide: { dx: -14, dy: 0, anchor: 'end' }, narrow: { dx: -13, dy: 0, anchor: 'end' } },
  },
  {
    id: 'tecun-uman',
    name: 'Tecún Umán',
    country: 'GT',
    lon: -92.14,
    lat: 14.67,
    crossing: 'ciudad-hidalgo-tecun-uman',
    note: 'Guatemalan side of the Ciudad Hidalgo–Tecún Umán crossing.',
    label: { wide: { dx: 12, dy: 0, anchor: 'start' }, narrow: { dx: 11, dy: 2, anchor: 'start' } },
  },
  {
    id: 'talisman',
    name: 'Talismán',
    country: 'MX',
    lon: -92.15,
    lat: 14.96,
    crossing: 'talisman-el-carmen',
    note: 'Mexican side of the Talismán–El Carmen crossing.',
    label: { wide: { dx: -8, dy: -14, anchor: 'end' }, narrow: { dx: -13, dy: -2, anchor: 'end' } },
  },
  {
    id: 'el-carmen',
    name: 'El Carmen',
    country: 'GT',
    lon: -92.13,
    lat: 14.96,
    crossing: 'talisman-el-carmen',
    note: 'Guatemalan side of the Talismán–El Carmen crossing (Malacatán, San Marcos).',
    label: { wide: { dx: 12, dy: 0, anchor: 'start' }, narrow: { dx: 11, dy: -2, anchor: 'start' } },
  },
  {
    id: 'tapachula',
    name: 'Tapachula',
    country: 'MX',
    lon: -92.26,
    lat: 14.9,
    note: 'Not a crossing: a Chiapas city named in the sources.',
    where: 'in Chiapas, just west of the Talismán crossing',
    label: { wide: { dx: -9, dy: 4, anchor: 'end' } },
  },
  {
    id: 'frontera-comalapa',
    name: 'Frontera Comalapa',
    country: 'MX',
    lon: -92.14,
    lat: 15.66,
    note: 'Not a crossing: the Chiapas municipality in which Ciudad Cuauhtémoc lies.',
    where: 'in Chiapas: the municipality in which Ciudad Cuauhtémoc lies',
    label: { wide: { dx: -9, dy: 6, anchor: 'end' } },
  },
  {
    id: 'ciudad-cuauhtemoc',
    name: 'Ciudad Cuauhtémoc',
    country: 'MX',
    lon: -92.0,
    lat: 15.66,
    crossing: 'ciudad-cuauhtemoc-la-mesilla',
    note: 'Mexican side of the Ciudad Cuauhtémoc–La Mesilla crossing (Frontera Comalapa, Chiapas).',
    label: {
      wide: { dx: -22, dy: -24, anchor: 'end', leader: true },
      narrow: { dx: -13, dy: -2, anchor: 'end' },
    },
  },
  {
    id: 'la-mesilla',
    name: 'La Mesilla',
    country: 'GT',
    lon: -91.98,
    lat: 15.63,
    crossing: 'ciudad-cuauhtemoc-la-mesilla',
    note: 'Guatemalan side of the Ciudad Cuauhtémoc–La Mesilla crossing (La Democracia, Huehuetenango).',
    label: { wide: { dx: 12, dy: 0, anchor: 'start' }, narrow: { dx: 11, dy: -2, anchor: 'start' } },
  },
  {
    id: 'cuilco',
    name: 'Cuilco',
    country: 'GT',
    lon: -91.95,
    lat: 15.41,
    note: 'Not a crossing: a Huehuetenango municipality named in the sources.',
    where: 'in Huehuetenango, south of La Mesilla',
    label: { wide: { dx: 9, dy: 2, anchor: 'start' }, narrow: { dx: 9, dy: 3, anchor: 'start' } },
  },
  {
    id: 'el-ceibo',
    name: 'El Ceibo',
    country: 'GT',
    lon: -90.99,
    lat: 17.25,
    crossing: 'el-ceibo',
    note: 'The El Ceibo crossing, between Tenosique (Tabasco) and La Libertad (Petén).',
    label: { wide: { dx: 12, dy: 2, anchor: 'start' }, narrow: { dx: 11, dy: 3, anchor: 'start' } },
  },
  {
    id: 'flores',
    name: 'Flores',
    country: 'GT',
    lon: -89.89,
    lat: 16.93,
    note: 'Not a crossing: the island town in Lake Petén Itzá, Petén.',
    where: 'in central Petén',
    label: { wide: { dx: 9, dy: 2, anchor: 'start' }, narrow: { dx: 9, dy: 2, anchor: 'start' } },
  },
];

/** Crossings, south to north. */
export const CROSSINGS: readonly BorderCrossing[] = [
  {
    id: 'ciudad-hidalgo-tecun-uman',
    name: 'Ciudad Hidalgo–Tecún Umán',
    places: ['ciudad-hidalgo', 'tecun-uman'],
    where: 'the southernmost crossing shown, in Chiapas',
  },
  {
    id: 'talisman-el-carmen',
    name: 'Talismán–El Carmen',
    places: ['talisman', 'el-carmen'],
    where: 'a little north of Ciudad Hidalgo, between Chiapas and San Marcos',
  },
  {
    id: 'ciudad-cuauhtemoc-la-mesilla',
    name: 'Ciudad Cuauhtémoc–La Mesilla',
    places: ['ciudad-cuauhtemoc', 'la-mesilla'],
    where: 'further north, between Chiapas and Huehuetenango',
  },
  {
    id: 'el-ceibo',
    name: 'El Ceibo',
    places: ['el-ceibo'],
    where: 'on the north-western edge of Petén, linking Tenosique (Tabasco) with La Libertad (Petén)',
  },
];

/** The border states and departments, as the sources list them. */
export const REGIONS: readonly RegionLabel[] = [
  { id: 'chiapas', name: 'Chiapas', country: 'MX', kind: 'state', at: { wide: { lon: -92.95, lat: 16.45 }, narrow: { lon: -92.75, lat: 16.35 } } },
  { id: 'tabasco', name: 'Tabasco', country: 'MX', kind: 'state', at: { wide: { lon: -92.65, lat: 17.85 }, narrow: { lon: -92.2, lat: 17.75 } } },
  { id: 'campeche', name: 'Campeche', country: 'MX', kind: 'state', at: { wide: { lon: -90.4, lat: 18.3 }, narrow: { lon: -90.2, lat: 18.1 } } },
  { id: 'san-marcos', name: 'San Marcos', country: 'GT', kind: 'department', at: { wide: { lon: -91.68, lat: 15.17 } } },
  { id: 'huehuetenango', name: 'Huehuetenango', country: 'GT', kind: 'department', at: { wide: { lon: -91.25, lat: 15.84 } } },
  { id: 'el-quiche', name: 'El Quiché', country: 'GT', kind: 'department', at: { wide: { lon: -90.95, lat: 15.55 } } },
  { id: 'peten', name: 'Petén', country: 'GT', kind: 'department', at: { wide: { lon: -90.1, lat: 16.55 }, narrow: { lon: -90.0, lat: 16.5 } } },
];

/** Border rivers, labelled beside the stretch of border they form. */
export const RIVERS: readonly RiverLabel[] = [
  { id: 'suchiate', name: 'Suchiate', at: { wide: { lon: -91.89, lat: 14.82 } } },
  { id: 'usumacinta', name: 'Usumacinta', at: { wide: { lon: -91.0, lat: 16.76, rotate: 42 } } },
];

/** Country names. Ids are the ISO numeric codes world-atlas uses. */
export const COUNTRIES: readonly CountryLabel[] = [
  { id: '484', name: 'Mexico', focus: true, at: { wide: { lon: -93.3, lat: 17.25 }, narrow: { lon: -92.75, lat: 16.85 } } },
  { id: '320', name: 'Guatemala', focus: true, at: { wide: { lon: -90.35, lat: 15.15 }, narrow: { lon: -90.0, lat: 15.2 } } },
  { id: '084', name: 'Belize', focus: false, at: { wide: { lon: -88.7, lat: 17.2 }, narrow: { lon: -89.035, lat: 17.0, rotate: 90 } } },
  { id: '340', name: 'Honduras', focus: false, at: { wide: { lon: -88.35, lat: 14.8 } } },
  { id: '222', name: 'El Salvador', focus: false, at: { wide: { lon: -89.0, lat: 13.85 } } },
];

/** Seas, for orientation. */
export const WATERS: readonly WaterLabel[] = [
  { name: 'Pacific Ocean', at: { wide: { lon: -93.55, lat: 14.45 }, narrow: { lon: -93.3, lat: 14.3 } } },
];

/** Ids `<LocatorMap highlight>` accepts. */
export const PLACE_IDS: readonly string[] = PLACES.map((place) => place.id);
