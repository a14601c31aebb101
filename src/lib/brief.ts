/** What a two-page brief cites, in which order its notes are numbered, and the words it is written in. */
import { toLocale, type Locale } from '../i18n/ui';
import { countCitations, unique } from './citations';

/** The parts of an explainer a brief is built from, as far as citations are concerned. */
export interface BriefCitations {
  bottomLine: { cite: string[] };
  takeaways: { cite: string[] }[];
  background: { cite: string[] }[];
  watch: { cite?: string[] }[];
}

/**
 * Source ids in note order, in the brief's reading order (bottom line, key
 * points, background, what to watch), how many marks point at each, and
 * every mark in order.
 */
export function briefSourceOrder(brief: BriefCitations): { order: string[]; counts: Map<string, number>; marks: string[] } {
  const marks = [brief.bottomLine.cite, ...brief.takeaways.map((t) => t.cite), ...brief.background.map((b) => b.cite), ...brief.watch.map((w) => w.cite ?? [])].flat();
  return { order: unique(marks), counts: countCitations(marks), marks };
}

/**
 * Note order for the briefing pack, which numbers its sources once for the
 * whole document: every brief in turn, then the timeline's events.
 */
export function packSourceOrder(briefs: BriefCitations[], timeline: { cite: string[] }[]): { order: string[]; counts: Map<string, number> } {
  const marks = [...briefs.flatMap((brief) => briefSourceOrder(brief).marks), ...timeline.flatMap((event) => event.cite)];
  return { order: unique(marks), counts: countCitations(marks) };
}

/** The words of briefs and the briefing pack in English; every other language must give each of them. */
const EN = {
  kind: 'Brief',
  packKind: 'Briefing pack',
  updated: 'Updated',
  /** Before the date of the newest source a brief (or the pack) rests on. */
  newestSource: 'Newest source:',
  bottomLine: 'Bottom line',
  keyPoints: 'Key points',
  background: 'Background',
  watch: 'What to watch',
  analysisLabel: 'Analysis:',
  analysisNote: 'Items marked “Analysis” are this site’s reading of the sources, not reported fact.',
  fullExplainer: 'Full explainer, with every source and the evidence in detail',
  explainerQr: (title: string) => `QR code: link to the full explainer, ${title}`,
  readExplainer: 'Read the full explainer',
  printBrief: 'Print brief',
  printPack: 'Print pack',
  download: (format: string) => `Download PDF, ${format}`,
  formats: { letter: 'US Letter', a4: 'A4' },
  /** Words in the PDFs' file names (pdfStem in src/lib/urls.ts): a brief's, and the pack's. */
  files: { brief: 'brief', pack: 'briefing-pack' },
  briefTitle: (title: string) => `Brief: ${title}`,
  briefDescription: (summary: string) => `A two-page brief: ${summary}`,
  briefKeywords: ['Mexico', 'Guatemala', 'policy brief'],
  briefs: 'Briefs',
  briefsDescription: 'Two-page policy briefs, one for each explainer, to print or download as PDF, and a briefing pack with all of them and the timeline.',
  briefsIntro:
    'Each explainer has a two-page brief: the bottom line, key points, background, what to watch and the sources. Print one from its page, or download it as a PDF on US Letter or A4 paper.',
  briefsNotes: 'The numbers after each bottom line refer to the sources listed in its brief.',
  packLink: 'Briefing pack',
  packSummary: (count: number) => `All ${count} briefs and the timeline of events in one document, for a meeting.`,
  packTitle: 'Briefing pack: the Mexico–Guatemala security relationship',
  packMarginTitle: 'Briefing pack',
  packDescription: (site: string) => `Every brief from the ${site} and the timeline of events, in one document for a meeting.`,
  packLead: (count: number) =>
    `${count} briefs, one for each explainer, and the timeline of events. Each brief gives the bottom line, key points, background and what to watch; numbered notes refer to the sources at the end. Items marked “Analysis” are the site’s reading of the sources, not reported fact.`,
  packKeywords: ['Mexico', 'Guatemala', 'security', 'briefing pack', 'timeline'],
  contents: 'Contents',
  /** Under the contents when the browser prints the pack: only the rendered PDFs number their pages. */
  contentsNote: 'Printed from the browser, this list has no page numbers; the PDF versions of the pack have them.',
  timeline: 'Full timeline of events',
  sources: 'Sources',
  packSources: 'Sources for this pack',
  online: 'Online, with the full explainers:',
};

export type BriefStrings = typeof EN;

const ES: BriefStrings = {
  kind: 'Nota informativa',
  packKind: 'Carpeta informativa',
  updated: 'Actualizada el',
  newestSource: 'Fuente más reciente:',
  bottomLine: 'Lo esencial',
  keyPoints: 'Puntos clave',
  background: 'Contexto',
  watch: 'Qué seguir de cerca',
  analysisLabel: 'Análisis:',
  analysisNote: 'Los puntos marcados “Análisis” son la lectura de las fuentes que hace este sitio, no hechos reportados.',
  fullExplainer: 'Explicación completa, con todas las fuentes y la evidencia en detalle',
  explainerQr: (title: string) => `Código QR: enlace a la explicación completa, ${title}`,
  readExplainer: 'Leer la explicación completa',
  printBrief: 'Imprimir nota',
  printPack: 'Imprimir carpeta',
  download: (format: string) => `Descargar PDF, ${format}`,
  formats: { letter: 'carta', a4: 'A4' },
  files: { brief: 'nota', pack: 'carpeta-informativa' },
  briefTitle: (title: string) => `Nota informativa: ${title}`,
  briefDescription: (summary: string) => `Nota informativa de dos páginas: ${summary}`,
  briefKeywords: ['México', 'Guatemala', 'nota informativa'],
  briefs: 'Notas informativas',
  briefsDescription:
    'Notas informativas de dos páginas, una por cada explicación, para imprimir o descargar en PDF, y una carpeta informativa con todas ellas y la cronología.',
  briefsIntro:
    'Cada explicación tiene una nota informativa de dos páginas: lo esencial, los puntos clave, el contexto, qué seguir de cerca y las fuentes. Imprímala desde su página o descárguela en PDF, en papel carta o A4.',
  briefsNotes: 'Los números tras lo esencial de cada nota informativa remiten a las fuentes que esa nota lista.',
  packLink: 'Carpeta informativa',
  packSummary: (count: number) => `Las ${count} notas y la cronología de los hechos en un solo documento, para una reunión.`,
  packTitle: 'Carpeta informativa: la relación de seguridad entre México y Guatemala',
  packMarginTitle: 'Carpeta informativa',
  packDescription: (site: string) => `Todas las notas informativas de ${site} y la cronología de los hechos, en un solo documento para una reunión.`,
  packLead: (count: number) =>
    `${count} notas informativas, una por cada explicación, y la cronología de los hechos. Cada nota da lo esencial, los puntos clave, el contexto y qué seguir de cerca; los números entre corchetes remiten a las fuentes del final. Los puntos marcados “Análisis” son la lectura de las fuentes que hace este sitio, no hechos reportados.`,
  packKeywords: ['México', 'Guatemala', 'seguridad', 'carpeta informativa', 'cronología'],
  contents: 'Índice',
  contentsNote: 'Impreso desde el navegador, este índice no lleva números de página; las versiones PDF de la carpeta sí los llevan.',
  timeline: 'Cronología completa de los hechos',
  sources: 'Fuentes',
  packSources: 'Fuentes de esta carpeta',
  online: 'En línea, con las explicaciones completas:',
};

/** The words of briefs and the briefing pack, per language (screen and paper alike). */
const BRIEF_STRINGS: Record<Locale, BriefStrings> = { en: EN, es: ES };

/** The brief wording for a page's language (English when the language is not published). */
export function briefStrings(locale?: string): BriefStrings {
  return BRIEF_STRINGS[toLocale(locale)];
}
