import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { applyPdfMetadata, namedDestinationPages, pdfFileName, pdfPageCount, readPdfJob } from '../../src/lib/pdf-document';

const html = (attributes: string) =>
  `<!doctype html><html lang="es" dir="ltr"><head></head><body><article class="brief" ${attributes}><h1>T</h1></article></body></html>`;
const complete =
  'data-pdf="brief" data-pdf-title="Brief: La Mesilla &amp; after" data-pdf-subject="How it ended" data-pdf-keywords="Diplomacy; The border; policy brief" data-pdf-date="2026-11-27" data-pdf-author="MG Explainer"';

describe('which pages become PDFs', () => {
  it('reads the job from the element that asks for it, with the page language', () => {
    expect(readPdfJob(html(complete), 'x.html')).toEqual({
      stem: 'brief',
      title: 'Brief: La Mesilla & after',
      subject: 'How it ended',
      keywords: ['Diplomacy', 'The border', 'policy brief'],
      author: 'MG Explainer',
      lang: 'es',
      date: '2026-11-27',
    });
  });

  it('skips pages that ask for no PDF', () => {
    expect(readPdfJob(html('data-pdfish="x"'), 'x.html')).toBeUndefined();
  });

  it('fails the build, naming the file, when a PDF would lack metadata or a usable date', () => {
    expect(() => readPdfJob(html('data-pdf="brief" data-pdf-title="T"'), 'dist/briefs/x/index.html')).toThrow(/^dist\/briefs\/x\/index.html: .* has no data-pdf-/);
    expect(() => readPdfJob(html(complete.replace('2026-11-27', '27 Nov')), 'x.html')).toThrow(/YYYY-MM-DD/);
    expect(() => readPdfJob(html(complete.replace('data-pdf="brief"', 'data-pdf="Brief One"')), 'x.html')).toThrow(/names the file/);
  });

  it('names files by stem and paper size', () => {
    expect(pdfFileName('brief', 'letter')).toBe('brief-letter.pdf');
    expect(pdfFileName('pack', 'a4')).toBe('pack-a4.pdf');
  });
});

/** A small PDF like Chromium's: two pages, a named destination on page 2, clock-stamped dates. */
async function chromiumLike(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage();
  const second = doc.addPage();
  doc.setCreator('HeadlessChrome/156');
  doc.setCreationDate(new Date());
  const dests = doc.context.obj({ 'brief-the-border': [second.ref, PDFName.of('XYZ'), 0, 800, 0] });
  doc.catalog.set(PDFName.of('Dests'), dests);
  doc.catalog.set(PDFName.of('Marker'), PDFString.of('kept'));
  return doc.save();
}

describe('PDF metadata', () => {
  const meta = {
    stem: 'brief',
    title: 'Brief: The Mexico–Guatemala border',
    subject: 'Geography, length and crossings',
    keywords: ['The border', 'policy brief'],
    author: 'Mexico–Guatemala Security Explainer',
    lang: 'en',
    date: '2026-11-27',
    creator: 'Mexico–Guatemala Security Explainer',
    producer: 'Chromium (Skia/PDF) and pdf-lib',
  };

  it('sets title, author, subject, keywords, language and the content date', async () => {
    const doc = await PDFDocument.load(await applyPdfMetadata(await chromiumLike(), meta), { updateMetadata: false });
    expect(doc.getTitle()).toBe(meta.title);
    expect(doc.getAuthor()).toBe(meta.author);
    expect(doc.getSubject()).toBe(meta.subject);
    expect(doc.getKeywords()).toBe('The border; policy brief');
    expect(doc.getCreator()).toBe(meta.creator);
    expect(doc.getProducer()).toBe(meta.producer);
    expect(doc.getCreationDate()?.toISOString()).toBe('2026-11-27T00:00:00.000Z');
    expect(doc.getModificationDate()?.toISOString()).toBe('2026-11-27T00:00:00.000Z');
    expect(doc.catalog.get(PDFName.of('Lang'))?.toString()).toBe('(en)');
  });

  it('gives the same bytes for the same input, whenever it runs', async () => {
    const input = await chromiumLike();
    const first = await applyPdfMetadata(input, meta);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(Buffer.from(await applyPdfMetadata(input, meta)).equals(Buffer.from(first))).toBe(true);
  });

  it('keeps the pages and everything else in the document', async () => {
    const bytes = await applyPdfMetadata(await chromiumLike(), meta);
    expect(await pdfPageCount(bytes)).toBe(2);
    const doc = await PDFDocument.load(bytes);
    expect(doc.catalog.get(PDFName.of('Marker'))?.toString()).toBe('(kept)');
  });

  it('finds the page each named destination is on', async () => {
    expect(Object.fromEntries(await namedDestinationPages(await chromiumLike()))).toEqual({ 'brief-the-border': 2 });
  });
});
