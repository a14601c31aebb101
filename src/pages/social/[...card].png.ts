/**
 * Route: /social/<slug>.png, the social card of each explainer, plus
 * /social/article.png (the source article) and /social/default.png (every
 * other page); the Spanish edition's cards, in Spanish, under /social/es/.
 * Paths come from socialImagePath (src/lib/urls.ts). Drawn as SVG and
 * rasterised with sharp at build time, and kept in Astro's cache dir for the next build.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntry } from 'astro:content';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { getExplainers } from '../../data/explainers';
import { DEFAULT_LOCALE, LOCALES, t, type Locale } from '../../i18n/ui';
import { fontFiles } from '../../lib/font-files';
import { socialCardSvg, type SocialCard } from '../../lib/social-card';
import { topicLabel } from '../../schemas/topics';

/** Image names that are not explainer slugs. */
const RESERVED = ['article', 'default'];

/**
 * PNG settings: full colour at zlib's default level. A 16-colour palette made the files a third
 * the size (~25 KB against ~70 KB), but quantising raised a card's CPU from 15 ms to 26 ms
 * (measured with sharp on this project's cards). At 1,000 explainers the cards then
 * outlasted the pages on the second core and added ~7 s to the build. Only link previews fetch
 * these files, never a page load. No metadata is written, so the same card gives the same bytes
 * on every build.
 */
const PNG = { compressionLevel: 6 } as const;

/**
 * Cards drawn by earlier builds, by a hash of everything that makes their bytes: the SVG, the PNG
 * settings, the sharp and libvips versions and the system's font files. Drawing a card costs
 * some 15 ms of CPU, so a rebuild with Astro's cache dir kept redraws only the cards that changed.
 */
const CACHE = join(import.meta.env.MG_CACHE_DIR ?? 'node_modules/.astro', 'social-cards');
const RENDERER = JSON.stringify({ PNG, sharp: sharp.versions, fonts: fontFiles() });

/** The card as PNG, from the cache or drawn and encoded in sharp's threads, off the page-rendering thread. */
async function rasterise(card: SocialCard): Promise<Buffer> {
  const svg = socialCardSvg(card);
  const file = join(CACHE, `${createHash('sha256').update(RENDERER).update(svg).digest('hex').slice(0, 32)}.png`);
  try {
    return await readFile(file);
  } catch {
    // Not drawn yet.
  }
  const png = await sharp(Buffer.from(svg)).png(PNG).toBuffer();
  try {
    await mkdir(CACHE, { recursive: true });
    // Written under a temporary name and renamed, so a build running beside this one never reads half a file.
    const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}`;
    await writeFile(temporary, png);
    await rename(temporary, file);
  } catch {
    // A cache that cannot be written costs time on the next build, nothing else.
  }
  return png;
}

/**
 * Astro asks for one image at a time; each is mostly sharp's work, which runs
 * in other threads. Starting every card as soon as the paths are known, a few
 * at once, keeps all cores busy instead of one.
 */
const rendered = new Map<string, Promise<Buffer>>();
function renderAhead(cards: { slug: string; card: SocialCard }[]): void {
  // Astro may ask for the paths more than once: each card is drawn once.
  const queue = cards.filter(({ slug }) => !rendered.has(slug));
  const next = (): Promise<void> | undefined => {
    const item = queue.shift();
    if (!item) return undefined;
    const png = rasterise(item.card);
    rendered.set(item.slug, png);
    return png.then(next, next);
  };
  for (let i = 0; i < availableParallelism(); i++) void next();
}

/** One edition's cards, named as socialImagePath names them (without /social/ and .png). */
async function editionCards(locale: Locale, host: string): Promise<{ slug: string; card: SocialCard }[]> {
  const explainers = await getExplainers(locale);
  const clash = explainers.find((e) => RESERVED.includes(e.slug));
  if (clash) throw new Error(`${clash.entry.filePath}: the slug "${clash.slug}" is reserved for a social image; rename the file.`);
  const article = await getEntry('article', 'article');
  const articleText = locale === 'es' ? (await getEntry('articleEs', 'article'))?.data : article?.data;
  const words = t(locale);
  const frame = { host, brand: words.site.tagline, promise: words.socialCard.promise };
  const folder = locale === DEFAULT_LOCALE ? '' : `${locale}/`;
  return [
    ...explainers.map(({ slug, entry }) => ({
      slug: folder + slug,
      card: { kicker: entry.data.topics.map((topic) => topicLabel(topic, locale)).join(' · '), title: entry.data.title, summary: entry.data.summary, ...frame },
    })),
    { slug: `${folder}article`, card: { kicker: words.socialCard.articleKicker, title: articleText!.title, summary: articleText!.summary, ...frame } },
    { slug: `${folder}default`, card: { kicker: words.socialCard.defaultKicker, title: words.socialCard.defaultTitle, summary: words.site.description, ...frame } },
  ];
}

export const getStaticPaths = (async () => {
  const host = new URL(import.meta.env.SITE).host;
  const cards = (await Promise.all(LOCALES.map((locale) => editionCards(locale, host)))).flat();
  renderAhead(cards);
  return cards.map(({ slug, card }) => ({ params: { card: slug }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const png = await (rendered.get(params.card!) ?? rasterise(props.card as SocialCard));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
