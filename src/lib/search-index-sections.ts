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
 * summary) is the page's top record. Each record is the page with the text
 * of every other section left out (and the elements that held only that), so
 * Pagefind still applies `data-pagefind-ignore`, its excluded selectors and
 * heading weights exactly as on the page, and a page of n sections costs
 * about one page of HTML to write and index, not n pages. Every record
 * carries the page's metadata and filters, plus
 * `section` (its heading). search-page-map.ts groups records back into pages.
 * @see https://pagefind.app/docs/metadata/
 */
import { load, type CheerioAPI } from 'cheerio';
import { Comment, Document, Element, ProcessingInstruction, Text, type AnyNode, type ChildNode } from 'domhandler';

export interface SectionRule {
  /** Elements (with an id) that start a search section. */
  selector: string;
  /** The element inside each one whose text is the section's title. */
  title: string;
  /** Pagefind's weight for the title's words: like a heading's (TITLE_WEIGHT) unless given. */
  weight?: string;
}

export const SECTION_RULES: readonly SectionRule[] = [
  // Glossary (<Glossary />): "GANSEG — …" leads to #term-ganseg.
  { selector: '.glossary-entry[id]', title: 'dt' },
  // Timeline (<Timeline />): an event is titled by its date and leads to #event-….
  { selector: '.timeline-event[id]', title: 'time' },
  // The source list (/sources/): an entry is titled by its publisher and leads to #<source id>. Its
  // publisher weighs no more than the explainers' text: weighted like a heading, a short entry ranked
  // among the first five for subjects ("security cooperation", "CJNG") through words in its headline.
  { selector: '.source-record[id]', title: '.source-entry > b', weight: '1' },
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
      if (heading.attr('data-pagefind-weight') !== undefined) return;
      heading.attr('data-pagefind-weight', rule.weight ?? TITLE_WEIGHT);
      // Pagefind reads a weighted element's words apart from the text after it: the stop after a
      // publisher ("<b>Prensa Libre</b>. PNC destituye…") would stand alone in an excerpt
      // ("Prensa Libre . PNC…"). In the record, the punctuation goes inside the element.
      const next = heading.get(0)?.next;
      const stop = next?.type === 'text' ? CLOSING_PUNCTUATION.exec((next as Text).data)?.[0] : undefined;
      if (stop) {
        (next as Text).data = (next as Text).data.slice(stop.length);
        heading.append(stop);
      }
    });
  }
}

/** Each node under `root` (itself included) mapped to the section it falls in (0 = top), in one walk. */
function assignSections(root: Element, isStart: (element: Element) => boolean): Map<AnyNode, number> {
  const sectionOf = new Map<AnyNode, number>();
  let section = 0;
  const walk = (node: AnyNode) => {
    if (node.type === 'text') sectionOf.set(node, section);
    else if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
      if (node.type === 'tag' && isStart(node)) section += 1;
      sectionOf.set(node, section);
      for (const child of node.children) walk(child);
    }
  };
  walk(root);
  return sectionOf;
}

/** Headings that can stand over nothing but the next heading (h2 over h3). */
const HEADINGS = new Set(['h2', 'h3', 'h4']);

/**
 * A heading with nothing under it before the next heading ("## The GANSEG meetings", then
 * "### The June 2025 ministerial meeting") would be a record of its title alone: ranked first
 * for the words in it (a heading weighs most), with no text to show, leading to a heading. Its
 * words go with the section under it instead, so they still find the text they stand over.
 * The last section, and a heading followed by one of its own level or above, keep their records.
 * Works on `sectionOf` (each node's section, 0 = top; section i starts at starts[i - 1]).
 */
function joinBareHeadings(starts: readonly Element[], sectionOf: Map<AnyNode, number>, ignored: ReadonlySet<AnyNode>): void {
  const within = (node: AnyNode, element: Element) => {
    for (let at: AnyNode | null = node; at; at = at.parent) if (at === element) return true;
    return false;
  };
  const hasOwnText = new Set<number>();
  for (const [node, section] of sectionOf) {
    if (section === 0 || node.type !== 'text' || ignored.has(node) || !collapse((node as Text).data)) continue;
    if (!within(node, starts[section - 1])) hasOwnText.add(section);
  }
  // A bare heading's words go to the section under it (a deeper heading, or an entry such as a
  // glossary term), and on down while those are bare too; never across to a heading of its own
  // level or above, which starts a different subject.
  const under = (heading: Element, next: Element) => !HEADINGS.has(next.name) || next.name > heading.name;
  const target = starts.map((_, index) => index + 1);
  for (let section = starts.length - 1; section >= 1; section--) {
    const [start, next] = [starts[section - 1], starts[section]];
    if (HEADINGS.has(start.name) && !hasOwnText.has(section) && under(start, next)) target[section - 1] = target[section];
  }
  for (const [node, section] of sectionOf) if (section > 0) sectionOf.set(node, target[section - 1]);
}

/**
 * Elements a record keeps even outside its section: Pagefind reads them for
 * more than their text (metadata, filters, sort keys, indexed attributes,
 * image alt text). An element it would only skip or weight holds nothing of
 * another section worth keeping.
 */
const READ_ATTRIBUTES = ['data-pagefind-meta', 'data-pagefind-filter', 'data-pagefind-sort', 'data-pagefind-default-meta', 'data-pagefind-index-attrs', 'alt'];
const readsAttributes = (element: Element) => element.name === 'img' || READ_ATTRIBUTES.some((name) => name in element.attribs);

/**
 * htmlparser2 rather than cheerio's default parse5: about three times faster
 * on these pages, and like Pagefind's own reader it takes the markup as it
 * is, without a browser's tree repairs. Astro's output needs none.
 */
const HTMLPARSER2 = { xml: { xmlMode: false, decodeEntities: true, encodeEntities: 'utf8' } } as const;

/** Elements outside `data-pagefind-body` a record keeps as they are, whatever they hold. */
const FRAME = new Set(['html', 'head', 'body', 'title']);

/**
 * The page around `body`, as Pagefind needs it: the document's frame, each
 * element read for its attributes (with its text), and the elements that hold
 * one. Pagefind indexes no other text outside `data-pagefind-body`, never a
 * script's or a style's, and takes no anchors (ids) from there.
 */
function renderAround($: CheerioAPI, body: Element): [string, string] {
  const marker = `mg-search-section-${Math.random().toString(36).slice(2)}`;
  const copy = (node: AnyNode, keepText: boolean): AnyNode | undefined => {
    if (node === body) return new Comment(marker);
    if (node.type === 'directive') return new ProcessingInstruction((node as ProcessingInstruction).name, (node as ProcessingInstruction).data);
    if (node.type === 'text') return keepText ? new Text((node as Text).data) : undefined;
    if (node.type === 'script' || node.type === 'style') {
      const element = node as Element;
      return 'id' in element.attribs || readsAttributes(element) ? new Element(element.name, { ...element.attribs }, [], element.type) : undefined;
    }
    if (node.type !== 'tag') return undefined;
    const element = node as Element;
    const own = FRAME.has(element.name) || readsAttributes(element);
    const inner = keepText || element.name === 'title' || readsAttributes(element);
    const children = element.children.map((child) => copy(child, inner)).filter((child): child is AnyNode => child !== undefined);
    return own || children.length ? new Element(element.name, { ...element.attribs }, children as ChildNode[], element.type) : undefined;
  };
  const root = $.root().get(0)!;
  const frame = new Document(root.children.map((child) => copy(child, false)).filter((child): child is ChildNode => child !== undefined));
  const [before, after, ...rest] = $.html(frame).split(`<!--${marker}-->`);
  if (after === undefined || rest.length) throw new Error('search-index-sections: could not render the page around its data-pagefind-body');
  return [before, after];
}

/** Punctuation that follows a word with no space before it. */
const CLOSING_PUNCTUATION = /^[.,;:!?)\]»”’]/;

/**
 * A note mark or label set off by a space ("in 2030 [4].") leaves that space
 * before the punctuation when Pagefind drops it, and an excerpt reads "in
 * 2030 ." The space before each skipped element goes when what follows it
 * (past other skipped elements and blank text) is punctuation or the end of
 * its parent. Only the records change, never the page.
 */
function closeGapsBeforePunctuation(skipped: readonly Element[], ignored: ReadonlySet<AnyNode>): void {
  for (const element of skipped) {
    const before = element.prev;
    if (before?.type !== 'text' || !/\s$/.test((before as Text).data) || ignored.has(before)) continue;
    const blanks: Text[] = [];
    let next = element.next;
    while (next && (ignored.has(next) || (next.type === 'text' && !(next as Text).data.trim()))) {
      if (next.type === 'text') blanks.push(next as Text);
      next = next.next;
    }
    const following = next === null ? '' : next.type === 'text' ? (next as Text).data : undefined;
    if (following === undefined || (following !== '' && !CLOSING_PUNCTUATION.test(following))) continue;
    (before as Text).data = (before as Text).data.trimEnd();
    for (const blank of blanks) blank.data = '';
  }
}

/**
 * Pagefind ends a sentence (a full stop and a space) after these elements
 * only, and only when their text ends in a letter, digit, `)`, `"` or `'`
 * (not a space, `.`, `”` or `»`).
 * @see https://github.com/CloudCannon/pagefind/blob/main/pagefind/src/fossick/parser.rs (SENTENCE_SELECTORS, SENTENCE_CHARS)
 */
const SENTENCE_BLOCKS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'td', 'div', 'ul', 'li', 'article', 'section']);
/** Elements Pagefind never reads text from (REMOVE_SELECTORS there; script and style are not tags here). */
const UNREAD_ELEMENTS = new Set(['head', 'noscript', 'label', 'form', 'svg', 'footer', 'nav', 'iframe', 'template']);

/**
 * Block elements of these pages that Pagefind runs into the next text, and
 * the element it ends a sentence at that each stands in for in a record: a
 * glossary term would read "Minex Guatemala's foreign ministry…", a table's
 * header row "Reported length Breakdown or scope given Source".
 */
const RUN_ON_BLOCKS: Readonly<Record<string, string>> = { dt: 'div', dd: 'div', th: 'td', caption: 'div', figcaption: 'div', summary: 'div', blockquote: 'div' };

/** A sentence already ended, then closed: "(… (Wikipedia).)". Pagefind would add another stop: "(Wikipedia).).". */
const ENDED_THEN_CLOSED = /[.!?…]["'”’»)\]]*[)"']$/;
/** A closing quote after a word: "what “no note” means". Pagefind adds no stop, so the heading runs into the text below. */
const UNENDED_QUOTE = /[\p{L}\p{N}][”’»\]]+$/u;

/**
 * Makes each block read as one sentence in an excerpt, in the records only:
 * Pagefind's own block elements stand in for those it runs on, and the text
 * that ends a block gets exactly one full stop. What Pagefind appends depends
 * on the last character it collected for the block, so the walk follows its
 * reading: text it skips adds nothing, and an element's id (an anchor
 * marker), a `<br>` or an inner block's end leaves a space.
 */
function punctuateBlockEnds(root: Element, ignored: ReadonlySet<AnyNode>): void {
  const visit = (node: AnyNode, block: { last: Text | undefined }) => {
    if (ignored.has(node) && node !== root) return;
    if (node.type === 'text') {
      if ((node as Text).data) block.last = node as Text;
      return;
    }
    if (node.type !== 'tag') return;
    const element = node as Element;
    if (UNREAD_ELEMENTS.has(element.name)) return;
    element.name = RUN_ON_BLOCKS[element.name] ?? element.name;
    if (element !== root && ('id' in element.attribs || element.name === 'br')) block.last = undefined;
    if (!SENTENCE_BLOCKS.has(element.name)) {
      for (const child of element.children) visit(child, block);
      return;
    }
    const inner: { last: Text | undefined } = { last: undefined };
    for (const child of element.children) visit(child, inner);
    const last = inner.last;
    if (last && ENDED_THEN_CLOSED.test(last.data)) last.data += ' ';
    else if (last && UNENDED_QUOTE.test(last.data)) last.data += '.';
    block.last = undefined;
  };
  visit(root, { last: undefined });
}

/**
 * The search records for one built page: one per section, or the page as it
 * is when it has no `data-pagefind-body` (Pagefind then leaves it out).
 * `excluded` are the selectors Pagefind is told to skip: headings inside them
 * start no section.
 *
 * A record is the page as Pagefind sees it for that section: outside
 * `data-pagefind-body` only the frame (see renderAround), inside it only the
 * section's text, the elements that hold it or fall within the section, and
 * the elements Pagefind reads attributes from; of what Pagefind does not
 * index (data-pagefind-ignore, `excluded`), only the last. What a record leaves out
 * holds no text of its section, so Pagefind indexes the same words, anchors,
 * metadata and filters as from the whole page with other sections blanked,
 * and a page of n sections costs about one page of HTML, not n.
 */
export function splitIntoSections(html: string, pageUrl: string, excluded: readonly string[] = []): SectionRecord[] {
  if (!html.includes('data-pagefind-body')) return [{ url: pageUrl, html }];
  const $ = load(html, HTMLPARSER2);
  const body = $('[data-pagefind-body]');
  if (body.length !== 1) return [{ url: pageUrl, html }];
  addSectionTitles($);

  // Elements Pagefind does not index (data-pagefind-ignore, the excluded selectors), with all they hold.
  const skip = ['[data-pagefind-ignore]', ...excluded].join(', ');
  const ignored = new Set<AnyNode>();
  const ignore = (node: AnyNode) => {
    ignored.add(node);
    if (node.type === 'tag' || node.type === 'script' || node.type === 'style') for (const child of (node as Element).children) ignore(child);
  };
  if (body.closest(skip).length) ignore(body.get(0)!);
  else body.find(skip).each((_, element) => void (ignored.has(element) || ignore(element)));
  closeGapsBeforePunctuation(body.find(skip).get(), ignored);
  punctuateBlockEnds(body.get(0)!, ignored);
  const starts = body.find(`${SECTION_HEADINGS}, [id][data-pagefind-title]`).filter((_, element) => !ignored.has(element)).get();
  const sections = starts.map((element) => ({ id: $(element).attr('id')!, title: collapse($(element).attr('data-pagefind-title') ?? $(element).text()) }));
  const startSet = new Set(starts);
  const root = body.get(0)!;
  const sectionOf = assignSections(root, (element) => startSet.has(element));
  joinBareHeadings(starts, sectionOf, ignored);

  // Metadata read from an element's text would vanish with the text: restate it as attributes.
  const meta: string[] = [];
  body.find('[data-pagefind-meta]').each((_, element) => {
    const value = $(element).attr('data-pagefind-meta')!;
    if (value.includes(':')) return;
    meta.push(`${value}:${collapse($(element).text())}`);
    $(element).removeAttr('data-pagefind-meta');
  });
  if (!meta.some((entry) => entry.startsWith('title:'))) meta.push(`title:${collapse(body.find('h1').first().text())}`);

  // One attribute per span: Pagefind reads one key:value from each.
  const span = (value: string) => $('<span hidden></span>').attr('data-pagefind-meta', value);
  const sectionMeta = span('');
  body.append(...meta.map(span), sectionMeta);
  const sectionMetaElement = sectionMeta.get(0)!;

  // Sections with text of their own, and the page around data-pagefind-body, rendered once.
  const hasText = new Set<number>();
  for (const [node, section] of sectionOf) if (node.type === 'text' && collapse((node as Text).data)) hasText.add(section);
  const [before, after] = renderAround($, root);

  // For each element, the sections its subtree spans and whether it holds an element read for its
  // attributes: a record skips whole subtrees that have nothing for it.
  const subtrees = new Map<Element, { low: number; high: number; reads: boolean }>();
  const summarise = (element: Element): { low: number; high: number; reads: boolean } => {
    const own = sectionOf.get(element) ?? -1;
    const summary = { low: own < 0 ? Infinity : own, high: own, reads: readsAttributes(element) };
    for (const child of element.children) {
      if (child.type === 'text') {
        const section = sectionOf.get(child)!;
        summary.low = Math.min(summary.low, section);
        summary.high = Math.max(summary.high, section);
      } else if (child.type === 'tag' || child.type === 'script' || child.type === 'style') {
        const inner = summarise(child as Element);
        summary.low = Math.min(summary.low, inner.low);
        summary.high = Math.max(summary.high, inner.high);
        summary.reads ||= inner.reads;
      }
    }
    subtrees.set(element, summary);
    return summary;
  };
  summarise(root);

  /**
   * A copy of `node` for section `index`: its text if it falls in the section, and each element
   * that holds some, falls in the section or is read for its attributes. Every id is a Pagefind
   * anchor, stored in each record: a record keeps only its own (`own`).
   */
  const copy = (node: AnyNode, index: number, own: string | undefined): AnyNode | undefined => {
    // What Pagefind does not index holds nothing for a record but the elements it reads attributes from.
    const skipped = node !== root && ignored.has(node);
    if (node.type === 'text') return !skipped && sectionOf.get(node) === index ? new Text((node as Text).data) : undefined;
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') return undefined;
    const element = node as Element;
    const summary = subtrees.get(element)!;
    if (node !== root && !summary.reads && (skipped || index < summary.low || index > summary.high)) return undefined;
    const children = element.children.map((child) => copy(child, index, own)).filter((child): child is AnyNode => child !== undefined);
    const { id } = element.attribs;
    const keep = skipped
      ? children.length > 0 || readsAttributes(element)
      : node === root || children.length > 0 || sectionOf.get(node) === index || (id !== undefined && id === own) || readsAttributes(element);
    if (!keep) return undefined;
    const attribs = { ...element.attribs };
    if (id !== undefined && id !== own) delete attribs.id;
    if (element === sectionMetaElement) {
      if (own) attribs['data-pagefind-meta'] = `section:${sections[index - 1].title}`;
      else delete attribs['data-pagefind-meta'];
    }
    return new Element(element.name, attribs, children as ChildNode[], element.type);
  };

  const records: SectionRecord[] = [];
  for (let index = 0; index <= sections.length; index += 1) {
    if (!hasText.has(index)) continue;
    const own = index === 0 ? undefined : sections[index - 1].id;
    records.push({ url: own ? `${pageUrl}#${own}` : pageUrl, html: before + $.html(copy(root, index, own)!) + after });
  }
  return records;
}
