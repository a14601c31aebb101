/**
 * The PDFs the build makes (src/integrations/pdf.ts): one per brief and one
 * for the pack, in US Letter and A4, each a finished document: it parses,
 * carries its metadata, has selectable text, provenance in its margins,
 * working links, numbered notes, and the page count a brief promises.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { page as builtPage } from '../helpers/dist';
import { readPdfPages, type PdfPage } from '../helpers/pdf';
import { DIST } from '../helpers/serve';
import { t, toLocale } from '../../src/i18n/ui';
import { outlineTitles } from '../../src/lib/pdf-document';

const ORIGIN = new URL(process.env.SITE_URL ?? 'https://mexico-guatemala.example.org').origin;
/** Each edition's folder prefix: "" for English, "es/" for Spanish (when built). */
const editions = ['', 'es/'].filter((prefix) => existsSync(join(DIST, prefix, 'explainers')));
const slugsIn = (prefix: string) =>
  readdirSync(join(DIST, prefix, 'explainers'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
const explainers = slugsIn('');
const PAPER = { letter: [612, 792], a4: [595.92, 842.88] } as const;

interface PdfCase {
  /** Path under dist, e.g. "briefs/the-border/mx-gt-the-border-brief-a4.pdf". */
  file: string;
  paper: keyof typeof PAPER;
  kind: 'brief' | 'pack';
  folder: string;
}
/** Each edition's words for a brief and the pack in a file name: a downloads folder tells briefs and languages apart. */
const FILE_WORDS: Record<string, { brief: string; pack: string }> = { '': { brief: 'brief', pack: 'briefing-pack' }, 'es/': { brief: 'nota', pack: 'carpeta-informativa' } };
const pdfs: PdfCase[] = editions.flatMap((prefix) => [...slugsIn(prefix).map((slug) => `${prefix}briefs/${slug}`), `${prefix}briefs/pack`]).flatMap((folder) => {
  const kind = folder.endsWith('briefs/pack') ? 'pack' : 'brief';
  const words = FILE_WORDS[folder.startsWith('es/') ? 'es/' : ''];
  const stem = kind === 'pack' ? `mx-gt-${words.pack}` : `mx-gt-${folder.split('/').at(-1)}-${words.brief}`;
  return (['letter', 'a4'] as const).map((paper) => ({ file: `${folder}/${stem}-${paper}.pdf`, paper, kind, folder }));
});

const pagesCache = new Map<string, Promise<PdfPage[]>>();
const pagesOf = (file: string) => {
  if (!pagesCache.has(file)) pagesCache.set(file, readPdfPages(readFileSync(join(DIST, file))));
  return pagesCache.get(file)!;
};

describe('briefs and their PDFs', () => {
  it('exist for every explainer in every edition, with the pack, in US Letter and A4', () => {
    expect(explainers.length).toBeGreaterThanOrEqual(12);
    expect(pdfs.length).toBe(editions.reduce((sum, prefix) => sum + (slugsIn(prefix).length + 1) * 2, 0));
    for (const { file } of pdfs) expect(existsSync(join(DIST, file)), file).toBe(true);
  });

  it('each have a file name of their own, naming the site, the brief and its language', () => {
    const names = pdfs.map(({ file }) => file.split('/').at(-1));
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('mx-gt-the-border-brief-letter.pdf');
    if (editions.includes('es/')) expect(names).toContain('mx-gt-the-border-nota-a4.pdf');
  });

  it.each(editions)('are linked from every explainer in its own language (%s), and every PDF link leads to a file', (prefix) => {
    for (const slug of slugsIn(prefix)) {
      const $ = builtPage(`/${prefix}explainers/${slug}/`);
      const links = $('a[href$=".pdf"]').map((_, a) => $(a).attr('href')).get();
      const stem = `mx-gt-${slug}-${FILE_WORDS[prefix].brief}`;
      expect(links).toEqual([`/${prefix}briefs/${slug}/${stem}-letter.pdf`, `/${prefix}briefs/${slug}/${stem}-a4.pdf`]);
      expect($(`a[href="/${prefix}briefs/${slug}/"]`)).toHaveLength(1);
      // Same paper names, same download behaviour, as the brief's own buttons.
      const paperOf = (page: typeof $) => page('a[href$=".pdf"]').map((_, a) => `${page(a).text().split(', ').at(-1)} download=${page(a).is('[download]')}`).get();
      expect(paperOf($), slug).toEqual(paperOf(builtPage(`/${prefix}briefs/${slug}/`)));
    }
    for (const path of [`/${prefix}briefs/`, `/${prefix}briefs/pack/`, ...slugsIn(prefix).map((slug) => `/${prefix}briefs/${slug}/`)]) {
      const $ = builtPage(path);
      for (const href of $('a[href$=".pdf"]').map((_, a) => $(a).attr('href')).get()) {
        expect(existsSync(join(DIST, href)), `${path} links to ${href}`).toBe(true);
      }
    }
  });
});

describe.each(pdfs)('$file', ({ file, paper, kind, folder }) => {
  const $ = builtPage(`/${folder}/`);
  const sheet = $('[data-pdf]');
  const printTitle = $('html').attr('data-print-title')!;

  it('parses and carries its title, author, subject, keywords, language and the content date', async () => {
    const doc = await PDFDocument.load(readFileSync(join(DIST, file)), { updateMetadata: false });
    expect(doc.getTitle()).toBe(sheet.attr('data-pdf-title'));
    expect(doc.getAuthor()).toBe(t(toLocale($('html').attr('lang'))).site.title);
    expect(doc.getSubject()).toBe(sheet.attr('data-pdf-subject'));
    expect(doc.getKeywords()).toMatch(/M[eé]xico; Guatemala/);
    expect(doc.catalog.get(PDFName.of('Lang'))?.toString()).toBe(`(${$('html').attr('lang')})`);
    const date = `${sheet.attr('data-pdf-date')}T00:00:00.000Z`;
    expect(doc.getCreationDate()?.toISOString()).toBe(date);
    expect(doc.getModificationDate()?.toISOString()).toBe(date);
    expect(doc.catalog.get(PDFName.of('MarkInfo')), 'tagged PDF').toBeDefined();
  });

  it('has a bookmark for each heading, titled with its words as written: no words run together where a line wrapped, no capitals from CSS', async () => {
    const titles = await outlineTitles(readFileSync(join(DIST, file)));
    const headings = new Set($('h1, h2, h3, h4, h5, h6').map((_, h) => $(h).text().replace(/\s+/g, ' ').trim()).get());
    expect(titles.length).toBeGreaterThan(kind === 'pack' ? 30 : 4);
    expect(titles.filter((title) => !headings.has(title))).toEqual([]);
  });

  it(`is on ${paper === 'a4' ? 'A4' : 'US Letter'} paper, with the expected number of pages`, async () => {
    const doc = await PDFDocument.load(readFileSync(join(DIST, file)), { updateMetadata: false });
    for (const page of doc.getPages()) {
      expect(page.getWidth()).toBeCloseTo(PAPER[paper][0], 0);
      expect(page.getHeight()).toBeCloseTo(PAPER[paper][1], 0);
    }
    if (kind === 'brief') {
      expect(doc.getPageCount()).toBeGreaterThanOrEqual(1);
      expect(doc.getPageCount()).toBeLessThanOrEqual(2);
    } else {
      // A cover, at least a page per brief, the timeline and the sources.
      expect(doc.getPageCount()).toBeGreaterThanOrEqual(1 + $('.pack > article.brief').length + 2);
    }
  });

  it('has selectable text, with the date, short address and "Page X of Y" in the margins of every page, and the title over every page after the first', async () => {
    const pages = await pagesOf(file);
    const [pageWord, ofWord] = $('html').attr('lang') === 'es' ? ['Página', 'de'] : ['Page', 'of'];
    const heading = kind === 'brief' ? $('.brief-bottom-line .brief-heading') : $('#pack-contents-heading');
    expect(pages[0].text).toContain(heading.text().toUpperCase());
    pages.forEach((page, index) => {
      // Page 1 opens under the document's own title; a running head would repeat it.
      // In the pack, the pages of a part that runs to several name it too ("Briefing pack · Sources"; checked below).
      if (kind === 'pack' && index > 0) expect(page.runningHead, `page ${index + 1}`).toMatch(new RegExp(`^${printTitle}( · .+)?$`));
      else expect(page.runningHead, `page ${index + 1}`).toBe(index === 0 ? '' : printTitle);
      expect(page.text).toContain(`${pageWord} ${index + 1} ${ofWord} ${pages.length}`);
      expect(page.text).toContain($('html').attr('data-print-url'));
      expect(page.text).toContain($('html').attr('data-print-date'));
    });
  });

  it('has numbered notes that jump to full source entries, and links to the public site only', async () => {
    const pages = await pagesOf(file);
    const links = pages.flatMap((page) => page.links);
    const jumps = pages.flatMap((page) => page.jumps);
    const text = pages.map((page) => page.text).join(' ');
    expect(jumps).toContain('source-1');
    expect(text).toContain($('.source-list h2').text().toUpperCase());
    for (const link of links) expect(link, link).toMatch(/^https?:\/\/(?!127\.0\.0\.1|localhost)/);
    if (kind === 'brief') expect(links).toContain(`${ORIGIN}/${folder.replace('briefs/', 'explainers/')}/`);
  });
});

describe.each(editions)('the briefing pack (%s)', (prefix) => {
  it.each(['letter', 'a4'] as const)('numbers its contents with the pages where each part starts (%s)', async (paper) => {
    const pages = await pagesOf(`${prefix}briefs/pack/mx-gt-${FILE_WORDS[prefix].pack}-${paper}.pdf`);
    const $ = builtPage(`/${prefix}briefs/pack/`);
    const entries = $('.pack-contents li').map((_, li) => ({ id: $(li).find('.pack-contents-page').attr('data-contents-page')!, title: $(li).find('.pack-contents-title').text() })).get();
    expect(entries.length).toBe(slugsIn(prefix).length + 2);
    // Numbered, the contents need no note that their numbers are elsewhere.
    expect(pages[0].text.replace(/\s+/g, ' ')).not.toContain($('.pack-contents-note').text().slice(0, 30));
    const starts: number[] = [];
    for (const { id, title } of entries) {
      // On the cover, each title is followed by its page number.
      const match = new RegExp(`${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (\\d+)`).exec(pages[0].text);
      expect(match, title).not.toBeNull();
      const start = Number(match![1]);
      // The part's own heading is on that page (headings may be set in capitals).
      const heading = $(`#${id}`).find('h2').first().text();
      // Compared without spaces: a heading that wraps comes out of the PDF with a break where it wrapped.
      const squeeze = (text: string) => text.toUpperCase().replace(/\s+/g, '');
      expect(squeeze(pages[start - 1].text), `${title} on page ${start}`).toContain(squeeze(heading));
      starts.push(start);
    }
    // Each brief is one page, its "Full explainer" box included: a box pushed onto a page of its own
    // left that page nearly blank (five times in the four packs before the pack's briefs were tightened).
    const briefs = entries.length - 2;
    const lengths = entries.slice(0, briefs).map(({ title }, i) => `${title}: ${starts[i + 1] - starts[i]}`);
    expect(lengths).toEqual(entries.slice(0, briefs).map(({ title }) => `${title}: 1`));
    // The running head: the pack's title over the contents and the briefs (each under its own title);
    // over each page of the timeline and of the sources, the part as well.
    const [timeline, sources] = starts.slice(-2);
    const partOf = (page: number) => (page >= sources ? $('html').attr('data-print-part-sources') : page >= timeline ? $('html').attr('data-print-part-timeline') : $('html').attr('data-print-title'));
    expect(partOf(sources)).toBe(`${$('html').attr('data-print-title')} · ${entries.at(-1)!.title}`);
    expect(pages.slice(1).map((page, index) => `${index + 2}: ${page.runningHead}`)).toEqual(pages.slice(1).map((_, index) => `${index + 2}: ${partOf(index + 2)}`));
  });
});
