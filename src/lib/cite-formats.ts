/** Ways to cite an explainer page: APA, Chicago and BibTeX. */

export interface CitablePage {
  title: string;
  publisher: string;
  url: string;
  updated: Date;
  /** Date the reader accessed it; defaults to `updated` so output is reproducible. */
  accessed?: Date;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function parts(date: Date) {
  return { year: date.getUTCFullYear(), month: MONTHS[date.getUTCMonth()], day: date.getUTCDate() };
}

/** APA 7: Publisher. (Year, Month Day). *Title*. URL */
export function apaCitation(page: CitablePage): string {
  const { year, month, day } = parts(page.updated);
  return `${page.publisher}. (${year}, ${month} ${day}). ${page.title}. ${page.url}`;
}

/** Chicago (notes-bibliography, web page): Publisher. "Title." Last modified Month Day, Year. URL. */
export function chicagoCitation(page: CitablePage): string {
  const { year, month, day } = parts(page.updated);
  return `${page.publisher}. “${page.title}.” Last modified ${month} ${day}, ${year}. ${page.url}.`;
}

/** A BibTeX @misc entry whose key is built from the slug and year. */
export function bibtexCitation(page: CitablePage, key: string): string {
  const { year } = parts(page.updated);
  const iso = page.updated.toISOString().slice(0, 10);
  const escape = (value: string) => value.replace(/([{}%&$#_])/g, '\\$1');
  return [
    `@misc{${key},`,
    `  title        = {${escape(page.title)}},`,
    `  author       = {{${escape(page.publisher)}}},`,
    `  year         = {${year}},`,
    `  note         = {Last updated ${iso}},`,
    `  howpublished = {\\url{${page.url}}}`,
    `}`,
  ].join('\n');
}
