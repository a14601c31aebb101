/**
 * The PDF side of briefs: which built pages become PDFs and what their files
 * are called, and the metadata every PDF carries. The browser work is in
 * src/integrations/pdf.ts; everything here is testable without a browser.
 */
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib';
import { decodeHTMLAttribute } from 'entities';

/** The paper sizes every PDF is made in; `id` goes into the file name. */
export const PDF_FORMATS = [
  { id: 'letter', format: 'Letter', label: 'US Letter' },
  { id: 'a4', format: 'A4', label: 'A4' },
] as const;

export type PdfFormatId = (typeof PDF_FORMATS)[number]['id'];

/** "mx-gt-the-border-brief" + "a4" → "mx-gt-the-border-brief-a4.pdf" (stems: pdfStem in src/lib/urls.ts). */
export function pdfFileName(stem: string, format: PdfFormatId): string {
  return `${stem}-${format}.pdf`;
}

/** What a built page asks to be printed as, read from its `data-pdf-*` attributes. */
export interface PdfJob {
  /** File stem: `data-pdf` ("mx-gt-the-border-brief", "mx-gt-briefing-pack"). */
  stem: string;
  title: string;
  subject: string;
  keywords: string[];
  author: string;
  /** Document language, from `<html lang>`. */
  lang: string;
  /** The content's date (YYYY-MM-DD): the PDF's creation and modification date, so builds are reproducible. */
  date: string;
}

/** The start tag that carries `data-pdf`, if the page has one. */
function pdfTag(html: string): string | undefined {
  return /<[a-z][a-z0-9-]*\s[^>]*\bdata-pdf="[^"]*"[^>]*>/i.exec(html)?.[0];
}

function readAttribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? decodeHTMLAttribute(match[1]) : undefined;
}

/**
 * The PDF a built page asks for, or undefined if it asks for none. Throws when
 * a page asks for a PDF without the metadata every PDF must carry.
 */
export function readPdfJob(html: string, where: string): PdfJob | undefined {
  const tag = pdfTag(html);
  if (!tag) return undefined;
  const get = (name: string) => {
    const value = readAttribute(tag, name);
    if (!value) throw new Error(`${where}: the element with data-pdf has no ${name}; every PDF needs a title, subject, author, keywords and date.`);
    return value;
  };
  const stem = get('data-pdf');
  if (!/^[a-z0-9-]+$/.test(stem)) throw new Error(`${where}: data-pdf="${stem}" must be lowercase letters, digits and hyphens (it names the file).`);
  const date = get('data-pdf-date');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`${where}: data-pdf-date="${date}" must be YYYY-MM-DD.`);
  const htmlTag = /<html\b[^>]*>/i.exec(html)?.[0] ?? '';
  return {
    stem,
    title: get('data-pdf-title'),
    subject: get('data-pdf-subject'),
    keywords: get('data-pdf-keywords').split(';').map((k) => k.trim()).filter(Boolean),
    author: get('data-pdf-author'),
    lang: readAttribute(htmlTag, 'lang') ?? 'en',
    date,
  };
}

export interface PdfMetadata extends PdfJob {
  /** Who made the document, e.g. the site's name. */
  creator: string;
  /** What wrote the file. */
  producer: string;
}

/**
 * Sets the document information and language on a PDF from Chromium and
 * returns the new bytes. Dates come from the content, never the clock, and
 * Chromium's own Creator string (which names its version) is replaced, so
 * two builds of one commit give the same bytes. Links, text and the tag
 * tree are kept: pdf-lib copies every object it does not change.
 */
export async function applyPdfMetadata(bytes: Uint8Array, meta: PdfMetadata, headings?: readonly string[]): Promise<Uint8Array> {
  // updateMetadata: false stops pdf-lib stamping its own producer and the current time.
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  if (headings) setOutlineTitles(doc, headings, meta.title);
  const date = new Date(`${meta.date}T00:00:00Z`);
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  // pdf-lib joins keywords with spaces, which would run multi-word keywords together.
  doc.setKeywords([meta.keywords.join('; ')]);
  doc.setCreator(meta.creator);
  doc.setProducer(meta.producer);
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  doc.setLanguage(meta.lang);
  // Object streams pack the tag tree's thousands of small objects: the pack is less than half the size.
  return doc.save({ useObjectStreams: true });
}

/** The bookmarks of a PDF (its outline), in reading order: each entry before its children. */
function outlineItems(doc: PDFDocument): PDFDict[] {
  const items: PDFDict[] = [];
  const walk = (item: PDFDict | undefined) => {
    for (let current = item; current; current = current.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      items.push(current);
      walk(current.lookupMaybe(PDFName.of('First'), PDFDict));
    }
  };
  walk(doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.lookupMaybe(PDFName.of('First'), PDFDict));
  return items;
}

/**
 * Gives each bookmark its heading's words. Chromium titles a bookmark with the heading as laid out:
 * where the heading wraps the space is lost ("Mexico and Guatemala onsecurity") and capitals set by
 * CSS come out as capitals ("BOTTOM LINE"). `headings` are the page's shown headings, in order,
 * one per bookmark; if the two lists ever differ in length the build fails, rather than label a
 * bookmark with another heading's words.
 */
function setOutlineTitles(doc: PDFDocument, headings: readonly string[], where: string): void {
  const items = outlineItems(doc);
  if (items.length !== headings.length) {
    throw new Error(`PDF "${where}": ${items.length} bookmarks for ${headings.length} headings; bookmarks come from the headings shown in print (h1–h6), so the two should match.`);
  }
  items.forEach((item, index) => item.set(PDFName.of('Title'), PDFHexString.fromText(headings[index])));
}

/** Text of a bookmark (for tests). */
export async function outlineTitles(bytes: Uint8Array): Promise<string[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  return outlineItems(doc).map((item) => {
    const title = item.lookup(PDFName.of('Title'));
    return title instanceof PDFHexString || title instanceof PDFString ? title.decodeText() : '';
  });
}

/** How many pages a PDF has. */
export async function pdfPageCount(bytes: Uint8Array): Promise<number> {
  return (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount();
}

/**
 * Page numbers (1-based) of the named destinations in a PDF. Chromium writes
 * one for every element id that a link on the page points to, which is how
 * the pack's contents learn where each brief starts.
 */
export async function namedDestinationPages(bytes: Uint8Array): Promise<Map<string, number>> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const pageNumbers = new Map(doc.getPages().map((page, index) => [page.ref.toString(), index + 1]));
  const result = new Map<string, number>();
  const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  if (!dests) return result;
  for (const [name, value] of dests.entries()) {
    const target = doc.context.lookup(value);
    const array = target instanceof PDFDict ? target.lookupMaybe(PDFName.of('D'), PDFArray) : target instanceof PDFArray ? target : undefined;
    const pageRef = array?.get(0);
    const page = pageRef instanceof PDFRef ? pageNumbers.get(pageRef.toString()) : undefined;
    if (page) result.set(decodePdfName(name.asString()), page);
  }
  return result;
}

/** "/brief-the-border" → "brief-the-border", with #xx escapes decoded. */
function decodePdfName(name: string): string {
  return name.replace(/^\//, '').replace(/#([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
