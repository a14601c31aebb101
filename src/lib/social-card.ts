/**
 * The social card (Open Graph / Twitter image) for a page, as SVG that the
 * build rasterises to PNG. Plain shapes and system fonts only, so the same
 * input gives the same bytes on every build.
 */
import { escapeXml } from './xml.ts';

export interface SocialCard {
  /** Small line above the title: the page type or its topics. */
  kicker: string;
  title: string;
  summary: string;
  /** Host shown at the foot of the card, e.g. "example.org". */
  host: string;
  /** The site's short name beside the MX·GT mark, in the card's language. */
  brand: string;
  /** The line at the foot, right: the site's promise, in the card's language. */
  promise: string;
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/**
 * Splits `text` into at most `maxLines` lines of at most `maxChars`
 * characters, breaking at spaces; text that does not fit ends in "…".
 * Character counts stand in for font metrics, with margins to spare.
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= maxChars) line = candidate;
    else {
      if (line) lines.push(line);
      line = word.length > maxChars ? `${word.slice(0, maxChars - 1)}…` : word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1];
  kept[maxLines - 1] = last.length < maxChars ? `${last}…` : `${last.slice(0, maxChars - 1).replace(/\s*\S*$/, '')}…`;
  return kept;
}

const FONT = "DejaVu Sans, Liberation Sans, Arial, sans-serif";
const INK = '#12161c';
const MUTED = '#4a5563';
const ACCENT = '#0b5563';

/** The card as an SVG document, colours from the light theme's palette. */
export function socialCardSvg(card: SocialCard): string {
  const title = wrapText(card.title, 27, 3);
  const summary = wrapText(card.summary, 64, title.length > 2 ? 2 : 3);
  const titleTop = 250;
  const summaryTop = titleTop + (title.length - 1) * 72 + 70;
  const tspans = (lines: string[], x: number, top: number, step: number) =>
    lines.map((line, i) => `<tspan x="${x}" y="${top + i * step}">${escapeXml(line)}</tspan>`).join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#ffffff"/>`,
    `<rect width="24" height="${CARD_HEIGHT}" fill="${ACCENT}"/>`,
    `<rect x="80" y="64" width="132" height="52" rx="6" fill="${ACCENT}"/>`,
    `<text x="146" y="100" font-family="${FONT}" font-size="28" font-weight="700" fill="#ffffff" text-anchor="middle">MX·GT</text>`,
    `<text x="232" y="100" font-family="${FONT}" font-size="28" font-weight="700" fill="${INK}">${escapeXml(card.brand)}</text>`,
    `<text x="80" y="176" font-family="${FONT}" font-size="24" font-weight="700" fill="${ACCENT}" letter-spacing="1">${escapeXml(wrapText(card.kicker.toUpperCase(), 56, 1)[0] ?? '')}</text>`,
    `<text font-family="${FONT}" font-size="60" font-weight="700" fill="${INK}">${tspans(title, 80, titleTop, 72)}</text>`,
    `<text font-family="${FONT}" font-size="28" fill="${MUTED}">${tspans(summary, 80, summaryTop, 40)}</text>`,
    `<rect x="80" y="548" width="1040" height="2" fill="#d9dee4"/>`,
    `<text x="80" y="592" font-family="${FONT}" font-size="24" fill="${MUTED}">${escapeXml(card.host)}</text>`,
    `<text x="1120" y="592" font-family="${FONT}" font-size="24" fill="${MUTED}" text-anchor="end">${escapeXml(card.promise)}</text>`,
    '</svg>',
  ].join('\n');
}
