/**
 * What every content file must contain: one zod schema per content collection, the one place
 * that says so. Used twice: src/content.config.ts gives them to Astro, with Astro's `reference()`
 * for the fields that name an entry of another collection; and before the build starts,
 * src/lib/schema-problems.ts checks every content file against them at once, each problem with its
 * file, line and field (those references are checked there by src/lib/source-uses.ts,
 * slug-uses.ts and term-uses.ts, with their lines).
 * @see https://docs.astro.build/en/guides/content-collections/
 */
import { z } from 'astro/zod';
import { SOURCE_ID_PATTERN, citationSchema, citedTextSchema, watchItemSchema } from './citation';
import { ENTRY_FIELDS, EXPLAINER_FIELDS, type EntryFields } from '../lib/content-files';
import { toIsoDate } from '../lib/dates';
import { isoDate, listedDay, partialDate, sourceDate } from './dates';
import { lengthBetween, prose } from './prose';
import { SOURCE_GROUPS } from './source-groups';
import { TOPIC_IDS } from './topics';
import { webAddress } from './web-address';

/** The schema of a field that names an entry of another collection, by that collection. */
export interface SchemaReferences<Source extends z.ZodType, Term extends z.ZodType, Page extends z.ZodType> {
  /** A source id (`content/sources/sources.yaml`). */
  sources: Source;
  /** A glossary id (`content/glossary/glossary.yaml`). */
  glossary: Term;
  /** An English explainer's slug (`content/explainers/`). */
  explainers: Page;
}

/** An entry's id in a list file: what pages and other entries name it by, and its anchor. */
const entryId = z.string().regex(SOURCE_ID_PATTERN, { message: 'an id is lowercase letters, digits and hyphens, e.g. "2025-06-08-la-mesilla-shootout"' });

/**
 * A Spanish list entry's `translates:`, as the build gives it (src/lib/translation-fingerprints.ts).
 * Any value is read: missing, mistyped or not the English text's fingerprint, it is the build's
 * "still to do", which gives the letters to write. A schema error here would stop the build before
 * it could say them.
 */
const fingerprint = z.union([z.string(), z.number()]).optional();

/** The schema of each collection, with `reference` for the fields that name another collection's entries. */
export function collectionSchemas<Source extends z.ZodType, Term extends z.ZodType, Page extends z.ZodType>(reference: SchemaReferences<Source, Term, Page>) {
  /** Frontmatter of an explainer, in either language (a translation keeps every id and date). */
  const explainerSchema = z
    .object({
      /** Page title, shown as the h1 and in search results. Plain text, at most 90 characters. */
      title: prose(lengthBetween(5, 90)),
      /** Short title used in navigation, breadcrumbs and the reading path. Defaults to `title`. */
      shortTitle: prose(lengthBetween(1, 40)).optional(),
      /** One or two sentences saying what the page explains; used as the meta description. 60–280 characters. */
      summary: prose(lengthBetween(60, 280)),
      /** Position in the reading path (1 = read first). Unique across explainers. */
      order: z.number().int().positive(),
      /** Topics from the closed list in `src/schemas/topics.ts`. At least one. */
      topics: z.array(z.enum(TOPIC_IDS)).min(1),
      /** Date the page's content last changed (YYYY-MM-DD). */
      updated: isoDate,
      /** Date an editor last checked every statement against its sources (YYYY-MM-DD). */
      reviewed: isoDate,
      /** Every source id the page cites. Must match the ids cited in takeaways, brief and body exactly. */
      sources: z.array(reference.sources).min(1),
      /** 3–5 key takeaways, each with the source id(s) that support it. */
      takeaways: z.array(citedTextSchema).min(3).max(5),
      /** The two-page policy brief built from this page (`/briefs/<slug>/`). */
      brief: z.object({
        /** One sentence: the most important thing a reader must know. */
        bottomLine: citedTextSchema,
        /** 1–3 statements of essential background. */
        background: z.array(citedTextSchema).min(1).max(3),
        /** 1–3 things to watch. Forward-looking items must be marked `analysis: true`. */
        watch: z.array(watchItemSchema).min(1).max(3),
      }).strict(),
      /** What changed, newest first. At least one entry. */
      changelog: z
        .array(
          z.object({
            /** Date of the change (YYYY-MM-DD). */
            date: isoDate,
            /** What changed, in one sentence. */
            note: prose(z.string().min(5)),
          }).strict(),
        )
        .min(1)
        .superRefine((entries, context) => {
          // The feed and the page's "Updated" line read the first entry as the latest change.
          entries.forEach((entry, index) => {
            const before = entries[index - 1];
            if (before && entry.date > before.date) {
              context.addIssue({
                code: 'custom',
                path: [index, 'date'],
                message: `list changes newest first: ${toIsoDate(entry.date)} (item ${index + 1}) is newer than ${toIsoDate(before.date)} (item ${index}, above it); check both dates (one may be mistyped), then put the newest first`,
              });
            }
          });
        }),
      /** Glossary ids the page links to with `<Term id>`; the build checks the two agree. */
      terms: z.array(reference.glossary).default([]),
      /** Drafts are not built, and a published page may not link to one. Default `false`. */
      draft: z.boolean().default(false),
    })
    .strict()
    .superRefine((page, context) => {
      // A date after today is a typo (2062 for 2026): it would stand in the page's citation, feed and sitemap.
      const dates: [PropertyKey[], Date][] = [[['updated'], page.updated], [['reviewed'], page.reviewed], ...page.changelog.map((entry, index): [PropertyKey[], Date] => [['changelog', index, 'date'], entry.date])];
      for (const [path, date] of dates) {
        if (isAfterToday(date)) context.addIssue({ code: 'custom', path, message: `${toIsoDate(date)} is after today: write the date the change was made` });
      }
      const newest = page.changelog[0]?.date;
      // Not against a changelog date after today, named above: the fix would copy that date here.
      if (newest && page.updated < newest && !isAfterToday(newest)) {
        context.addIssue({ code: 'custom', path: ['updated'], message: `${toIsoDate(page.updated)} is before the newest change in changelog (${toIsoDate(newest)}): write updated: ${toIsoDate(newest)}` });
      }
    });

  assertFieldsMatch(explainerSchema, EXPLAINER_FIELDS, 'EXPLAINER_FIELDS');

  /** Sources: one entry per published page the site cites, from the fact base. */
  const sources = z
    .object({
      /** Unique id, cited as `<Cite id="…" />`: lowercase words joined by hyphens. */
      id: entryId,
      /** Publisher as the fact base names it. */
      publisher: prose(z.string().min(2)),
      /** The page's headline in its own words (only its quotation marks are set as typographer's marks), or a description in [square brackets] where none was visible. */
      title: prose(z.string().min(2)),
      /** Publication date as precise as shown (YYYY, YYYY-MM, YYYY-MM-DD) or "not shown". */
      date: sourceDate,
      /** Where the date comes from, e.g. "from URL". */
      dateNote: prose().optional(),
      /** Language of the source page (BCP 47 code). */
      language: z.enum(['en', 'es', 'pt']),
      /** The page's URL (https or http as published). Omit only when none exists, and then give `urlNote`. */
      url: webAddress.optional(),
      /** Why there is no URL. */
      urlNote: prose().optional(),
      /** Grouping on the /sources/ page. */
      group: z.enum(SOURCE_GROUPS),
      /** `standard`; `caution` (read with care: see `note`); `questionable` (known errors: see `note`). */
      reliability: z.enum(['standard', 'caution', 'questionable']),
      /** Why the reliability flag is set, or other notes for readers. */
      note: prose().optional(),
    })
    .strict()
    .refine((source) => source.url || source.urlNote, {
      message: 'give the source a `url`, or a `urlNote` saying why there is none',
      path: ['url'],
    })
    .refine((source) => source.reliability === 'standard' || source.note, {
      message: 'a `caution` or `questionable` source needs a `note` saying why',
      path: ['note'],
    });

  /** The source article, verbatim. Each line of the body is one paragraph. */
  const article = z
    .object({
      /** Editorial page title: it must claim nothing the text does not say. */
      title: prose(),
      /** Short description for search and social cards. */
      summary: prose(lengthBetween(60, 280)),
      /** The source id of the article itself. */
      source: reference.sources,
      /** Lines of the body that are the article's own subheadings. */
      subheadings: z.array(z.string()).default([]),
      /** The article's credit line, exactly as written (the last line of the body). */
      credit: z.string(),
      /** Explainers that put the article in context, in reading order. */
      context: z.array(reference.explainers).default([]),
      /** The editor's note shown above the article: what is and is not known about it, each statement cited. */
      editorsNote: z.array(citedTextSchema).min(1),
      /** Date the editor's note was last updated. */
      updated: isoDate,
    })
    .strict();

  /** Dated events for the timeline; every dated event in the fact base. */
  const timeline = z
    .object({
      /** Unique id, e.g. "2025-06-08-la-mesilla-shootout"; the entry's anchor is #event-<id>. */
      id: entryId,
      /** When it happened, as precise as the sources allow. */
      date: partialDate,
      /** Extra wording for the date where needed, e.g. "tentatively to 11 December". */
      dateNote: prose().optional(),
      /**
       * For a date known only to its month or year: the day its note places it by ("Reported on 10
       * June 2025": 2025-06-10). The timeline lists it there, after that day's events; it is not
       * shown. Without it, the entry follows the dated days of its month or year.
       */
      listedAt: listedDay.optional(),
      /** What happened, in one or two plain sentences. */
      event: prose(z.string().min(10)),
      /** Places involved, as named in the sources. */
      places: z.array(z.string()).default([]),
      /** Source id(s) for the event. */
      cite: citationSchema,
      /** Explainer that covers the event in depth. */
      explainer: reference.explainers.optional(),
    })
    .strict();

  /** Glossary of acronyms and terms. */
  const glossary = z
    .object({
      /** Unique id used by `<Term id="…">`; the entry's anchor is #term-<id>. */
      id: entryId,
      /** The term as readers meet it, e.g. "GANSEG". */
      term: z.string().min(2),
      /** What an acronym stands for, in its own language. */
      expansion: z.string().optional(),
      /** Language of the term itself (`es` for Spanish terms and acronyms). */
      lang: z.enum(['en', 'es']).default('en'),
      /** Plain-English definition, sourced. */
      definition: prose(z.string().min(10)),
      /** Source id(s) for the definition. */
      cite: citationSchema,
    })
    .strict();

  /** The home page text, one entry per language (`id: en`, `id: es`). */
  const home = z
    .object({
      /** Language of this entry. */
      id: z.enum(['en', 'es']),
      /** Small label above the heading. */
      kicker: prose(),
      /** The page's h1. */
      heading: prose(),
      /** What the explainer is, in two or three sentences (no facts that need a source). */
      intro: prose(),
      /** Heading of the three-sentence summary. */
      situationHeading: prose(),
      /** The situation in exactly three sourced sentences. */
      situation: z.array(citedTextSchema).length(3),
      /** Link text to the source article. */
      readArticle: prose(),
      /** Heading and intro of the reading path. */
      pathHeading: prose(),
      pathIntro: prose(),
      /** Heading of the summary's source list. */
      sourcesHeading: prose(),
    })
    .strict();

  /** Spanish text of the article page (the article itself stays in English as received). */
  const articleEs = z
    .object({
      /** Spanish editorial title for the article page. */
      title: prose(),
      /** Spanish description for search and social cards. */
      summary: prose(lengthBetween(60, 280)),
      /** A Spanish summary of the article, shown above it and labelled as this site's translation. */
      articleSummary: prose(z.string().min(60)),
      /** The editor's note in Spanish, with the same citations as the English. */
      editorsNote: z.array(citedTextSchema).min(1),
      /** Date the Spanish text was last updated. */
      updated: isoDate,
    })
    .strict();

  /** Spanish text of each timeline event, by the same id. */
  const timelineEs = z
    .object({
      /** The English event's id. */
      id: entryId,
      /** The event, in Spanish. */
      event: prose(z.string().min(10)),
      /** The date note, in Spanish, where the English has one. */
      dateNote: prose().optional(),
      /** The places in Spanish, where a name differs ("Nueva York"): the same places, in the same order. */
      places: z.array(z.string()).optional(),
      /** Which English text this translates (src/lib/translation-fingerprints.ts): the build gives it. */
      translates: fingerprint,
    })
    .strict();

  /** Spanish text of the sources (publisher, [described] title, dateNote, urlNote, note), by the same id; see src/lib/source-translations.ts. */
  const sourcesEs = z
    .object({
      /** The English source's id. */
      id: entryId,
      /** The publisher, where the English describes it in English words ("via", "text", "Spanish service"…). */
      publisher: prose(z.string().min(2)).optional(),
      /** The title, only where the English one is a [description in square brackets]; headlines stay as published. */
      title: prose(z.string().min(3)).optional(),
      /** Where the date comes from, in Spanish, where the English has a dateNote. */
      dateNote: prose(z.string().min(2)).optional(),
      /** Why there is no URL, in Spanish, where the English has a urlNote. */
      urlNote: prose(z.string().min(2)).optional(),
      /** The note for readers, in Spanish, where the English has a note. */
      note: prose(z.string().min(2)).optional(),
      /** Which English text this translates (src/lib/translation-fingerprints.ts): the build gives it. */
      translates: fingerprint,
    })
    .strict();

  /** Spanish definitions of the glossary terms, by the same id. */
  const glossaryEs = z
    .object({
      /** The English term's id. */
      id: entryId,
      /** The term as Spanish readers know it, if different. */
      term: z.string().optional(),
      /** The definition, in Spanish. */
      definition: prose(z.string().min(10)),
      /** Which English text this translates (src/lib/translation-fingerprints.ts): the build gives it. */
      translates: fingerprint,
    })
    .strict();

  for (const [name, schema] of Object.entries({ sources, sourcesEs, timeline, timelineEs, glossary, glossaryEs, home })) {
    assertFieldsMatch(schema, ENTRY_FIELDS[name as keyof typeof ENTRY_FIELDS], `ENTRY_FIELDS.${name}`);
  }
  return { home, explainers: explainerSchema, explainersEs: explainerSchema, sources, sourcesEs, article, articleEs, timeline, timelineEs, glossary, glossaryEs };
}

/** Whether `date` (a day, read as UTC midnight) is after today anywhere on Earth: a day's grace for time zones. */
function isAfterToday(date: Date): boolean {
  return date.getTime() > Date.now() + 24 * 60 * 60 * 1000;
}

/**
 * The build checks fields against lists in src/lib/content-files.ts before Astro reads a file
 * (EXPLAINER_FIELDS for the pages, ENTRY_FIELDS for the YAML lists), to say in plain words, with the
 * line, what is missing or misspelt: each list must be its schema's, and this stops the build if not.
 */
function assertFieldsMatch(schema: { shape: object }, fields: EntryFields, name: string): void {
  const shape = schema.shape as Record<string, { safeParse(value: unknown): { success: boolean } }>;
  const required = Object.keys(shape).filter((field) => !shape[field].safeParse(undefined).success);
  const optional = Object.keys(shape).filter((field) => !required.includes(field));
  if (required.join() !== fields.required.join() || optional.join() !== fields.optional.join()) {
    throw new Error(`${name} in src/lib/content-files.ts is out of step with its schema in src/schemas/collections.ts: write required: ${JSON.stringify(required)}, optional: ${JSON.stringify(optional)}.`);
  }
}
