/** Route: /feed.xml and /es/feed.xml, an Atom feed of each edition's explainer updates, in its language. */
import type { APIRoute } from 'astro';
import { getExplainers } from '../../data/explainers';
import { localizePath } from '../../i18n/paths';
import { localeParams } from '../../i18n/routes';
import { t, type Locale } from '../../i18n/ui';
import { toIsoDate } from '../../lib/dates';
import { atomFeed } from '../../lib/feed';
import { SITE } from '../../lib/site';
import { explainerPath, url } from '../../lib/urls';
import { topicLabel } from '../../schemas/topics';

export function getStaticPaths() {
  return localeParams();
}

export const GET: APIRoute = async ({ props, site }) => {
  const { locale } = props as { locale: Locale };
  const absolute = (path: string) => new URL(url(localizePath(path, locale)), site).href;
  const explainers = await getExplainers(locale);
  const words = t(locale);
  const body = atomFeed({
    language: locale,
    title: words.site.title,
    subtitle: words.site.description,
    home: absolute('/'),
    self: absolute('/feed.xml'),
    author: words.site.title,
    rights: words.feed.rights(SITE.licence.name),
    updatedLabel: words.feed.updated,
    entries: explainers.map(({ entry, slug }) => ({
      title: entry.data.title,
      url: absolute(explainerPath(slug)),
      summary: entry.data.summary,
      // The changelog is newest first: its last entry is the first publication.
      published: toIsoDate(entry.data.changelog.at(-1)!.date),
      updated: toIsoDate(entry.data.updated),
      change: entry.data.changelog[0].note,
      categories: entry.data.topics.map((topic) => topicLabel(topic, locale)),
    })),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
