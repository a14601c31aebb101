/**
 * Figures, dates and quotations in an explainer's body that no note cites. The site may state only
 * what a source says, and every such statement cites it; a number, a date or a quotation is where
 * an unsourced sentence does the most harm, and the one kind of statement a machine can spot. So a
 * paragraph, list item or table row whose text holds a digit or a quotation mark must carry a
 * `<Cite>` of its own: one note may close several sentences from the same source, as the pages do,
 * but not a neighbouring paragraph.
 *
 * Not checked: text in `<Callout type="analysis">` (the site's own reading of cited facts), in
 * `<Callout type="not-found">` (what the site looked for and did not find: there is no source to
 * cite), in an `<Account cite="…">` (cited by its attribute), in headings (the section below them
 * cites), in a table's header row, in a list item that starts with a link to another page (a
 * reading list: the item describes that page), in link text (another page's title), in tags'
 * attributes and in code.
 */
import { withoutCodeFences } from './mdx-body';

export interface UncitedBlock {
  /** Line in the body where the paragraph, item or row starts, from 1. */
  line: number;
  /** What needs a source: the first figure's or quotation's sentence, as a reader sees it. */
  excerpt: string;
  kind: 'figure' | 'quotation';
}

/**
 * Elements whose whole content is exempt or cited by an attribute. Written as the kit writes them.
 * A callout is exempt unless it is a `note` or `caution` (written or by default): an `analysis` or
 * `not-found` one, and one of no known type ("analyis"), which componentPropProblems names. Its
 * text is judged once the type is fixed: as it stood, the editor who meant an analysis was also
 * told to put the figure in one.
 */
const EXEMPT_ELEMENTS = [
  /<Callout\b[^>]*\btype\s*=\s*["'](?!(?:note|caution)["'])[^"']*["'][^>]*>[\s\S]*?<\/Callout>/g,
  /<Account\b[^>]*\bcite\s*=\s*["'][^"']+["'][^>]*>[\s\S]*?<\/Account>/g,
  /\{\/\*[\s\S]*?\*\/\}/g,
];

/** A list item's marker, or a table row. Each starts a block of its own. */
const ITEM = /^\s*(?:[-*+]|\d+[.)])\s/;
const ROW = /^\s*\|/;
/** The row under a table's header row: `|---|:--:|`. */
const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;
/** A list item that opens with a link to a page of this site. */
const READING_LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+\[[^\]]*\]\(\//;
const HEADING = /^\s*#{1,6}\s/;
/** A line that is only tags (`<AccountsDiffer title="…">`, `</Callout>`, `<LocatorMap />`) or an import. */
const TAGS_ONLY = /^\s*(?:<[^>]*>\s*)+$|^\s*(?:import|export)\s/;

const blank = (text: string) => text.replace(/[^\n]/g, ' ');

/** The words a reader sees: list markers, tags, link text and addresses, inline code and URLs taken out. */
export function visibleText(markdown: string): string {
  return markdown
    .replace(/^\s*(?:[-*+]|\d+[.)]|>)\s+/gm, '')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/!?\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\*\*|__|[*_]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The sentence of `text` around `index`, shortened to about 120 characters. */
function sentenceAround(text: string, index: number): string {
  const stop = text.lastIndexOf('. ', index);
  const start = stop === -1 ? 0 : stop + 2;
  const end = text.indexOf('. ', index);
  const sentence = text.slice(start, end === -1 ? undefined : end + 1).trim();
  return sentence.length > 120 ? `${sentence.slice(0, 117).trimEnd()}…` : sentence;
}

/** The paragraphs, list items and table rows of `body` (code fences already blank or not) that hold a figure or quotation and no `<Cite>`. */
export function uncitedFigures(body: string): UncitedBlock[] {
  let text = withoutCodeFences(body);
  for (const element of EXEMPT_ELEMENTS) text = text.replace(element, blank);
  const blocks: { line: number; lines: string[] }[] = [];
  let current: { line: number; lines: string[] } | undefined;
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    const headerRow = ROW.test(line) && DELIMITER_ROW.test(lines[index + 1] ?? '');
    if (!line.trim() || HEADING.test(line) || TAGS_ONLY.test(line) || headerRow || DELIMITER_ROW.test(line)) {
      current = undefined;
      return;
    }
    if (!current || ITEM.test(line) || ROW.test(line) || ROW.test(current.lines[0])) {
      current = { line: index + 1, lines: [] };
      blocks.push(current);
    }
    current.lines.push(line);
  });
  const found: UncitedBlock[] = [];
  for (const block of blocks) {
    const raw = block.lines.join('\n');
    if (/<Cite\b/.test(raw) || READING_LIST_ITEM.test(raw)) continue;
    const visible = visibleText(raw);
    const figure = visible.search(/\d/);
    const quotation = visible.search(/["“”«»]/);
    if (figure === -1 && quotation === -1) continue;
    const kind = figure !== -1 && (quotation === -1 || figure <= quotation) ? 'figure' : 'quotation';
    found.push({ line: block.line, excerpt: sentenceAround(visible, kind === 'figure' ? figure : quotation), kind });
  }
  return found;
}
