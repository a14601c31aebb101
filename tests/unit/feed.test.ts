import { describe, expect, it } from 'vitest';
import { atomFeed, type FeedEntry } from '../../src/lib/feed';

const entry = (title: string, updated: string): FeedEntry => ({
  title,
  url: `https://x.org/${title.toLowerCase()}/`,
  summary: `About ${title} & more`,
  published: '2026-01-01',
  updated,
  change: 'First published.',
  categories: ['Diplomacy'],
});
const feed = (entries: FeedEntry[], language = 'en', updatedLabel = 'Updated') =>
  atomFeed({ language, title: 'T', subtitle: 'S', home: 'https://x.org/', self: 'https://x.org/feed.xml', author: 'A', rights: 'CC BY 4.0', updatedLabel, entries });

describe('atomFeed', () => {
  it('orders entries by last change, newest first, and dates the feed by the newest', () => {
    const xml = feed([entry('Older', '2026-02-01'), entry('Newer', '2026-03-01'), entry('Alpha', '2026-02-01')]);
    expect([...xml.matchAll(/<entry>\s*<title>(.*?)<\/title>/g)].map((m) => m[1])).toEqual(['Newer', 'Alpha', 'Older']);
    expect(xml).toContain('  <updated>2026-03-01T00:00:00Z</updated>\n  <author>');
  });

  it('escapes text and gives each entry a permanent id, dates and the latest change', () => {
    const xml = feed([entry('One', '2026-02-01')]);
    expect(xml).toContain('<summary>About One &amp; more</summary>');
    expect(xml).toContain('<id>https://x.org/one/</id>');
    expect(xml).toContain('<published>2026-01-01T00:00:00Z</published>');
    expect(xml).toContain('<content type="text">Updated 1 February 2026: First published.</content>');
    expect(xml).toContain('<category term="Diplomacy"/>');
  });

  it('speaks the language it is given: xml:lang and the last-change line', () => {
    const xml = feed([entry('Uno', '2026-02-01')], 'es', 'Actualización del');
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="es">');
    expect(xml).toContain('<content type="text">Actualización del 1 de febrero de 2026: First published.</content>');
    expect(xml).not.toContain('Updated');
  });

  it('refuses to make an empty feed', () => {
    expect(() => feed([])).toThrow(/no entries/);
  });

  it('gives the same bytes for the same entries in any order', () => {
    const a = [entry('One', '2026-02-01'), entry('Two', '2026-02-01')];
    expect(feed(a)).toBe(feed([...a].reverse()));
  });
});
