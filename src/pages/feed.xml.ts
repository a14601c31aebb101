/** Route: /feed.xml, an Atom feed of explainer updates. */
import type { APIRoute } from 'astro';
import { getExplainers } from '../data/explainers';
import { toIsoDate } from '../lib/dates';
import { atomFeed } from '../lib/feed';
import { t } from '../i18n/ui';
import { SITE } from '../lib/site';
import { explainerPath, url } from '../lib/urls';
import { TOPICS } from '../schemas/topics';

export const GET: APIRoute = async ({ site }) => {
  const absolute = (path: string) => new URL(url(path), site).href;
  const explainers = await getExplainers();
  // The feed lists the English edition, so it speaks English.
  const words = t('en').site;
  const body = atomFeed({
    title: words.title,
    subtitle: words.description,
    home: absolute('/'),
    self: absolute('/feed.xml'),
    author: words.title,
    rights: `Text: ${SITE.licence.name}`,
    entries: explainers.map(({ entry, slug }) => ({
      title: entry.data.title,
      url: absolute(explainerPath(slug)),
      summary: entry.data.summary,
      // The changelog is newest first: its last entry is the first publication.
      published: toIsoDate(entry.data.changelog.at(-1)!.date),
      updated: toIsoDate(entry.data.updated),
      change: entry.data.changelog[0].note,
      categories: entry.data.topics.map((topic) => TOPICS[topic]),
    })),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
