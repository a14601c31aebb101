import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { load } from 'cheerio';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import BriefItems from '../../src/components/brief/BriefItems.astro';
import PdfLinks from '../../src/components/brief/PdfLinks.astro';
import BriefLinks from '../../src/components/explainer/BriefLinks.astro';
import LinkEndnotes from '../../src/components/print/LinkEndnotes.astro';
import PrintCiteAs from '../../src/components/print/PrintCiteAs.astro';
import { createCitationContext } from '../../src/lib/citation-context';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('links to PDFs', () => {
  it('offer US Letter and A4', async () => {
    vi.stubEnv('PDF', '');
    const $ = load(await container.renderToString(PdfLinks, { props: { folder: '/briefs/x/', stem: 'mx-gt-x-brief' } }));
    expect($('a').map((_, a) => $(a).attr('href')).get()).toEqual(['/briefs/x/mx-gt-x-brief-letter.pdf', '/briefs/x/mx-gt-x-brief-a4.pdf']);
    expect($('a').first().text()).toContain('US Letter');
  });

  it.each([PdfLinks, BriefLinks])('are not rendered when the build makes no PDFs (PDF=off)', async (Component) => {
    vi.stubEnv('PDF', 'off');
    const html = await container.renderToString(Component, { props: { folder: '/briefs/x/', stem: 'brief', slug: 'x' } });
    expect(html).not.toContain('.pdf');
  });
});

describe('<LinkEndnotes>', () => {
  it('letters the links that leave the page and lists them, for print only', async () => {
    const slot = '<p>See <a href="/explainers/migration/">migration</a>, <a href="#source-1">1</a> and <a href="/explainers/migration/">again</a>.</p>';
    const $ = load(await container.renderToString(LinkEndnotes, { props: { pageUrl: 'https://site.example/explainers/x/' }, slots: { default: slot } }));
    expect($('sup.link-endnote-mark').map((_, s) => $(s).text()).get()).toEqual(['a', 'a']);
    expect($('sup.link-endnote-mark').first().hasClass('hidden')).toBe(true);
    const list = $('section.link-endnotes');
    expect(list.hasClass('hidden')).toBe(true);
    expect(list.hasClass('print:block')).toBe(true);
    expect(list.find('li').text()).toMatch(/^a migration: https:\/\/site\.example\/explainers\/migration\/$/);
  });

  it('adds nothing when no link leaves the page', async () => {
    const html = await container.renderToString(LinkEndnotes, { props: { pageUrl: 'https://site.example/x/' }, slots: { default: '<p>Plain <a href="#a">jump</a>.</p>' } });
    expect(html).not.toContain('link-endnote');
  });
});

describe('<PrintCiteAs>', () => {
  it('cites the page with its date and carries a QR code, hidden on screen', async () => {
    const props = { title: 'The border', url: 'https://site.example/explainers/the-border/', date: new Date('2026-11-27T00:00:00Z') };
    const $ = load(await container.renderToString(PrintCiteAs, { props }));
    const block = $('.print-cite-as');
    expect(block.hasClass('hidden')).toBe(true);
    expect(block.text()).toContain('Cite as: Mexico–Guatemala Security Explainer. (2026, November 27). The border. https://site.example/explainers/the-border/');
    // The code is a file beside the page, written after the build by src/integrations/qr-files.ts.
    expect(block.find('img.print-cite-qr').attr('alt')).toContain('QR code');
    expect(block.find('img.print-cite-qr').attr('src')).toBe('/explainers/the-border/qr.png');
  });
});

describe('<BriefItems>', () => {
  it('labels analysis items and cites the others', async () => {
    const items = [
      { text: 'A reported fact.', cite: ['ap-2025-06-09'] },
      { text: 'Whether something happens.', analysis: true },
    ];
    const html = await container.renderToString(BriefItems, { props: { items }, locals: { citations: createCitationContext(['ap-2025-06-09']) } });
    const $ = load(html);
    expect($('li').first().find('sup.cite a').attr('href')).toBe('#source-1');
    expect($('li').first().find('.brief-analysis-label')).toHaveLength(0);
    expect($('li').last().find('.brief-analysis-label').text()).toBe('Analysis:');
    expect($('li').last().find('sup.cite')).toHaveLength(0);
  });
});
