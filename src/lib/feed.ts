/**
 * The Atom feed of page updates, one per language: one entry per explainer,
 * dated by its last content change, so feed readers show what changed and when.
 * @see https://datatracker.ietf.org/doc/html/rfc4287
 */
import { formatPartialDate } from './dates.ts';
import { escapeXml } from './xml.ts';

export interface FeedEntry {
  title: string;
  /** Absolute URL of the page; also the entry's permanent id. */
  url: string;
  summary: string;
  /** YYYY-MM-DD of the first publication. */
  published: string;
  /** YYYY-MM-DD of the last content change. */
  updated: string;
  /** What changed last, shown as the entry's content. */
  change: string;
  categories: string[];
}

export interface Feed {
  /** BCP 47 language of every text in the feed ("en", "es"). */
  language: string;
  title: string;
  subtitle: string;
  /** Absolute URL of the home page; also the feed's id. */
  home: string;
  /** Absolute URL of the feed itself. */
  self: string;
  author: string;
  rights: string;
  /** The words before each entry's last-change date in its content ("Updated"), the date written out in the feed's language. */
  updatedLabel: string;
  entries: FeedEntry[];
}

/** Atom timestamps need a time: content dates are whole days, so midnight UTC. */
const stamp = (day: string) => `${day}T00:00:00Z`;

/** An Atom document, newest change first (ties by title), dated by its newest entry, never the clock. */
export function atomFeed(feed: Feed): string {
  const entries = [...feed.entries].sort((a, b) => b.updated.localeCompare(a.updated) || a.title.localeCompare(b.title));
  const updated = entries[0]?.updated;
  if (!updated) throw new Error('The feed has no entries: publish at least one explainer.');
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.language)}">`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.home)}"/>`,
    `  <id>${escapeXml(feed.home)}</id>`,
    `  <updated>${stamp(updated)}</updated>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    `  <rights>${escapeXml(feed.rights)}</rights>`,
  ];
  for (const entry of entries) {
    lines.push(
      '  <entry>',
      `    <title>${escapeXml(entry.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
      `    <id>${escapeXml(entry.url)}</id>`,
      `    <published>${stamp(entry.published)}</published>`,
      `    <updated>${stamp(entry.updated)}</updated>`,
      `    <summary>${escapeXml(entry.summary)}</summary>`,
      `    <content type="text">${escapeXml(`${feed.updatedLabel} ${formatPartialDate(entry.updated, feed.language)}: ${entry.change}`)}</content>`,
      ...entry.categories.map((term) => `    <category term="${escapeXml(term)}"/>`),
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
