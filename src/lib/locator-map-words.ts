/**
 * Every word the border locator map shows or says, in each language: caption,
 * legend, credit, the SVG's title, the names of seas and countries drawn on it,
 * and the sentences of its text alternative ("Map as text"). Town, state,
 * department and river names are proper names and stay as the sources spell
 * them. The English `where` of each place lives with its data in
 * locator-map-places.ts; other languages give theirs here, by place id.
 */
import type { Locale } from '../i18n/ui';

export interface MapWords {
  caption: string;
  legend: { border: string; otherBorder: string; crossing: string; town: string };
  credit: string;
  asText: string;
  /** The SVG's accessible name. */
  title: string;
  /** Names drawn on the map that are not proper names in this language (English name → shown name). */
  labels: Record<string, string>;
  /** Shorter forms for the narrow (phone) layout, where a longer name would run off the edge. */
  narrowLabels?: Record<string, string>;
  country: { MX: string; GT: string };
  /** Joins the last two items of a list ("a, b and c"). */
  and: string;
  overview: string;
  states: (names: string) => string;
  departments: (names: string) => string;
  rivers: (pacificRiver: string, petenRiver: string) => string;
  crossingsShown: string;
  townsShown: string;
  describe: (states: string, departments: string, crossings: string) => string;
  /** Where each place is, by crossing or town id; English takes it from the place data. */
  where?: Record<string, string>;
}

const en: MapWords = {
  caption: 'The Mexico–Guatemala border region',
  legend: { border: 'Mexico–Guatemala border', otherBorder: 'Other international border', crossing: 'Border crossing', town: 'Town' },
  credit: 'Map data: Natural Earth (public domain), via the world-atlas package. Place positions are approximate.',
  asText: 'Map as text',
  title: 'Locator map of the Mexico–Guatemala border region',
  labels: {},
  country: { MX: 'Mexico', GT: 'Guatemala' },
  and: 'and',
  overview:
    'The map shows southern Mexico and Guatemala, with Belize, Honduras and El Salvador at the edges. ' +
    'A heavy dashed line marks the Mexico–Guatemala border, from the Pacific coast in the south-west to Belize in the north-east.',
  states: (names) => `Mexican states along the border: ${names}.`,
  departments: (names) => `Guatemalan departments along the border: ${names}.`,
  rivers: (pacific, peten) => `Rivers labelled where they form the border: the ${pacific}, at the Pacific end, and the ${peten}, on the western edge of Petén.`,
  crossingsShown: 'Border crossings shown, from south to north:',
  townsShown: 'Other towns shown:',
  describe: (states, departments, crossings) =>
    `A heavy dashed line marks the Mexico–Guatemala border, between the Mexican states of ${states} and the Guatemalan departments of ${departments}. ` +
    `Crossings marked: ${crossings}. The list "Map as text" below the map gives the details.`,
};

const es: MapWords = {
  caption: 'La región fronteriza entre México y Guatemala',
  legend: { border: 'Frontera México–Guatemala', otherBorder: 'Otra frontera internacional', crossing: 'Cruce fronterizo', town: 'Localidad' },
  credit: 'Datos del mapa: Natural Earth (dominio público), mediante el paquete world-atlas. Las posiciones de los lugares son aproximadas.',
  asText: 'El mapa en texto',
  title: 'Mapa de ubicación de la región fronteriza entre México y Guatemala',
  labels: { Mexico: 'México', Belize: 'Belice', 'Pacific Ocean': 'Océano Pacífico' },
  narrowLabels: { 'Pacific Ocean': 'Pacífico' },
  country: { MX: 'México', GT: 'Guatemala' },
  and: 'y',
  overview:
    'El mapa muestra el sur de México y Guatemala, con Belice, Honduras y El Salvador en los bordes. ' +
    'Una línea discontinua gruesa marca la frontera entre México y Guatemala, desde la costa del Pacífico, al suroeste, hasta Belice, al noreste.',
  states: (names) => `Estados mexicanos a lo largo de la frontera: ${names}.`,
  departments: (names) => `Departamentos guatemaltecos a lo largo de la frontera: ${names}.`,
  rivers: (pacific, peten) => `Ríos rotulados donde forman la frontera: el ${pacific}, en el extremo del Pacífico, y el ${peten}, en el borde occidental de Petén.`,
  crossingsShown: 'Cruces fronterizos señalados, de sur a norte:',
  townsShown: 'Otras localidades señaladas:',
  describe: (states, departments, crossings) =>
    `Una línea discontinua gruesa marca la frontera entre México y Guatemala, entre los estados mexicanos de ${states} y los departamentos guatemaltecos de ${departments}. ` +
    `Cruces señalados: ${crossings}. La lista «El mapa en texto», bajo el mapa, da los detalles.`,
  where: {
    'ciudad-hidalgo-tecun-uman': 'cerca de la costa del Pacífico, donde el Suchiate forma la frontera',
    'talisman-el-carmen': 'un poco al norte de Ciudad Hidalgo, entre Chiapas y San Marcos',
    'ciudad-cuauhtemoc-la-mesilla': 'más al norte, entre Chiapas y Huehuetenango',
    'el-ceibo': 'en el borde noroccidental de Petén; une Tenosique (Tabasco) con La Libertad (Petén)',
    tapachula: 'en Chiapas, justo al oeste del cruce de Talismán',
    'frontera-comalapa': 'en Chiapas, justo al oeste del cruce de Ciudad Cuauhtémoc',
    cuilco: 'en Huehuetenango, al sur de La Mesilla',
    flores: 'en el centro de Petén',
  },
};

export const MAP_WORDS: Record<Locale, MapWords> = { en, es };
