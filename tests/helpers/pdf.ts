/**
 * Reading PDFs in tests: the text of each page and the links on it, as a
 * reader's PDF viewer sees them (pdf.js), and the document metadata (pdf-lib).
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfPage {
  /** The page's text, items joined by spaces, whitespace collapsed. */
  text: string;
  /** The text set in the top margin (the running head), the same way; "" when there is none. */
  runningHead: string;
  /** Targets of the page's web links. */
  links: string[];
  /** Internal link targets (named destinations) on the page. */
  jumps: string[];
}

/** Every page of a PDF, in order. */
export async function readPdfPages(bytes: Uint8Array): Promise<PdfPage[]> {
  // pdf.js may detach the buffer it is given; give it a copy.
  const task = getDocument({ data: new Uint8Array(bytes), disableFontFace: true, verbosity: 0 });
  const doc = await task.promise;
  try {
    const pages: PdfPage[] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      const content = await page.getTextContent();
      const join = (items: typeof content.items) =>
        items
          .map((item) => ('str' in item ? item.str : ''))
          .join(' ')
          .replace(/\s+/g, ' ')
          .trim();
      const text = join(content.items);
      // PDF y runs up from the foot of the page; the print margin on top is 18 mm (src/styles/print.css).
      const headFloor = page.view[3] - (18 / 25.4) * 72;
      const runningHead = join(content.items.filter((item) => 'transform' in item && item.transform[5] > headFloor));
      const annotations = (await page.getAnnotations()) as { subtype: string; url?: string; dest?: unknown }[];
      const links = annotations.filter((a) => a.subtype === 'Link' && a.url).map((a) => a.url!);
      const jumps = annotations.filter((a) => a.subtype === 'Link' && typeof a.dest === 'string').map((a) => a.dest as string);
      pages.push({ text, runningHead, links, jumps });
    }
    return pages;
  } finally {
    await task.destroy();
  }
}
