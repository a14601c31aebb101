/**
 * Splits each indexed page into one search record per section, for
 * Pagefind's Node API. A result then carries the text of its section only
 * (a few hundred bytes), not of its whole page (up to 10 KB): the first
 * search of a visit downloads a fraction, and a result is the paragraph that
 * answers, not a page that mentions the words somewhere.
 *
 * A section starts at each h2–h4 with an id, and at each element with an id
 * and a `data-pagefind-title` (glossary entries and timeline events get one
 * here, from their term or date). Text before the first one (the title and
 * summary) is the page's top record. Each record is the whole page with every
 * text outside the section blanked, so Pagefind still applies
 * `data-pagefind-ignore`, its excluded selectors and heading weights exactly
 * as on the page. Every record carries the page's metadata and filters, plus
 * `section` (its heading). search-page-map.ts groups records back into pages.
 * @see https://pagefind.app/docs/metadata/
 */
import { load, type CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';

export interface SectionRule {
  /** Elements (with an id) that start a search section. */
  selector: string;
  /** The element inside each one whose text is the section's title. */
  title: string;
}

export const SECTION_RULES: readonly SectionRule[] = [
  // Glossary (<Glossary />): "GANSEG — …" leads to #term-ganseg.
  { selector: '.glossary-entry[id]', title: 'dt' },
  // Timeline (<Timeline />): an event is titled by its date and leads to #event-….
  { selector: '.timeline-event[id]', title: 'time' },
];

/** Headings that start a section; h1 is the page title, part of the top record. */
const SECTION_HEADINGS = 'h2[id], h3[id], h4[id]';

export interface SectionRecord {
  /** The page's URL, with #id for a section below the top. */
  url: string;
  /** HTML for Pagefind: the page with only this section's text left. */
  html: string;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Pagefind's weight for an h3: a section's title element counts like the heading it stands for. */
const TITLE_WEIGHT = '5';

/**
 * Marks every element a rule matches as a section: `data-pagefind-title`
 * from its title element, which is weighted like a heading.
 */
export function addSectionTitles($: CheerioAPI, rules: readonly SectionRule[] = SECTION_RULES): void {
  for (const rule of rules) {
    $(rule.selector).each((_, element) => {
      const section = $(element);
      if (section.attr('data-pagefind-title') !== undefined) return;
      const heading = section.find(rule.title).first();
      const title = collapse(heading.text());
      if (!title) return;
      section.attr('data-pagefind-title', title);
      if (heading.attr('data-pagefind-weight') === undefined) heading.attr('data-pagefind-weight', TITLE_WEIGHT);
    });
  }
}

/** Text nodes under `root`, in document order, each with the index of the section it falls in (0 = top). */
function assignSections(root: Element, isStart: (element: Element) => boolean): { node: AnyNode; section: number }[] {
  const out: { node: AnyNode; section: number }[] = [];
  let section = 0;
  const walk = (node: AnyNode) => {
    if (node.type === 'text') out.push({ node, section });
    else if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
      if (node.type === 'tag' && isStart(node)) section += 1;
      for (const child of node.children) walk(child);
    }
  };
  walk(root);
  return out;
}

/**
 * The search records for one built page: one per section, or the page as it
 * is when it has no `data-pagefind-body` (Pagefind then leaves it out).
 * `excluded` are the selectors Pagefind is told to skip: headings inside them
 * start no section.
 */
export function splitIntoSections(html: string, pageUrl: string, excluded: readonly string[] = []): SectionRecord[] {
  const $ = load(html);
  const body = $('[data-pagefind-body]');
  if (body.length !== 1) return [{ url: pageUrl, html }];
  addSectionTitles($);

  const skip = ['[data-pagefind-ignore]', ...excluded].join(', ');
  const starts = body.find(`${SECTION_HEADINGS}, [id][data-pagefind-title]`).filter((_, element) => $(element).closest(skip).length === 0).get();
  const sections = starts.map((element) => ({ id: $(element).attr('id')!, title: collapse($(element).attr('data-pagefind-title') ?? $(element).text()) }));
  const startSet = new Set(starts);
  const texts = assignSections(body.get(0)!, (element) => startSet.has(element)).map(({ node, section }) => ({ node: node as AnyNode & { data: string }, section, text: (node as AnyNode & { data: string }).data }));

  // Metadata read from an element's text would vanish with the text: restate it as attributes.
  const meta: string[] = [];
  body.find('[data-pagefind-meta]').each((_, element) => {
    const value = $(element).attr('data-pagefind-meta')!;
    if (value.includes(':')) return;
    meta.push(`${value}:${collapse($(element).text())}`);
    $(element).removeAttr('data-pagefind-meta');
  });
  if (!meta.some((entry) => entry.startsWith('title:'))) meta.push(`title:${collapse(body.find('h1').first().text())}`);

  // Every id is a Pagefind anchor, stored in each record: a record keeps only its own.
  const ids = body.find('[id]').get().map((element) => ({ element: element as Element, id: $(element).attr('id')! }));
  // One attribute per span: Pagefind reads one key:value from each.
  const span = (value: string) => $('<span hidden></span>').attr('data-pagefind-meta', value);
  const sectionMeta = span('');
  body.append(...meta.map(span), sectionMeta);

  const records: SectionRecord[] = [];
  for (let index = 0; index <= sections.length; index += 1) {
    if (!texts.some((entry) => entry.section === index && collapse(entry.text))) continue;
    const own = index === 0 ? undefined : sections[index - 1].id;
    for (const entry of texts) entry.node.data = entry.section === index ? entry.text : '';
    for (const { element, id } of ids) {
      if (id === own) element.attribs.id = id;
      else delete element.attribs.id;
    }
    if (own) sectionMeta.attr('data-pagefind-meta', `section:${sections[index - 1].title}`);
    else sectionMeta.removeAttr('data-pagefind-meta');
    records.push({ url: own ? `${pageUrl}#${own}` : pageUrl, html: $.html() });
  }
  return records;
}
