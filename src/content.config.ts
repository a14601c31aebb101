/**
 * Content collections: where Astro reads each kind of content file. What each file must contain
 * is in src/schemas/collections.ts, the one place that says so; the build checks every file
 * against it before Astro reads any (src/lib/schema-problems.ts).
 * Content lives in the top-level `content/` folder, not `src/content/`, where
 * src/lib/content-files.ts says (a file in `content/` that no collection reads fails the build).
 * @see https://docs.astro.build/en/guides/content-collections/
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { CONTENT_LOCATIONS, contentPath, globOfFile, globOfFolder } from './lib/content-files';
import { collectionSchemas } from './schemas/collections';

// A field that names another collection's entry is read as a reference to it (getEntry follows it).
const schemas = collectionSchemas({ sources: reference('sources'), glossary: reference('glossary'), explainers: reference('explainers') });

/** Explainer pages: MDX files in `content/explainers/`. The file name is the URL slug. */
const explainers = defineCollection({ loader: glob(globOfFolder(CONTENT_LOCATIONS.explainers)), schema: schemas.explainers });

/**
 * Spanish explainers: `content/es/explainers/<slug>.mdx`, tied to the English page by the
 * same file name. Same fields; text translated, ids and dates as in English.
 */
const explainersEs = defineCollection({ loader: glob(globOfFolder(CONTENT_LOCATIONS.explainersEs)), schema: schemas.explainersEs });

/** The source article, verbatim, and its Spanish page's text: one file each. */
const article = defineCollection({ loader: glob(globOfFile(CONTENT_LOCATIONS.article.file)), schema: schemas.article });
const articleEs = defineCollection({ loader: glob(globOfFile(CONTENT_LOCATIONS.articleEs.file)), schema: schemas.articleEs });

/** The YAML lists: sources, timeline events, glossary terms and the home page's text, and the Spanish texts of the first three, by id. */
const sources = defineCollection({ loader: file(contentPath(CONTENT_LOCATIONS.sources.file)), schema: schemas.sources });
const sourcesEs = defineCollection({ loader: file(contentPath(CONTENT_LOCATIONS.sourcesEs.file)), schema: schemas.sourcesEs });
const timeline = defineCollection({ loader: file(contentPath(CONTENT_LOCATIONS.timeline.file)), schema: schemas.timeline });
const timelineEs = defineCollection({ loader: file(contentPath(CONTENT_LOCATIONS.timelineEs.file)), schema: schemas.timelineEs });
const glossary = defineCollection({ loader: file(contentPath(CONTENT_LOCATIONS.glossary.file)), schema: schemas.glossary });
const glossaryEs = defineCollection({ loader: file(contentPath(CONTENT_LOCATIONS.glossaryEs.file)), schema: schemas.glossaryEs });
const home = defineCollection({ loader: file(contentPath(CONTENT_LOCATIONS.home.file)), schema: schemas.home });

export const collections = { home, explainers, explainersEs, sources, sourcesEs, article, articleEs, timeline, timelineEs, glossary, glossaryEs };
