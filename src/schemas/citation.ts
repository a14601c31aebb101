import { z } from 'astro/zod';
import { prose } from './prose';

/** A source id as written in `content/sources/sources.yaml`: lowercase words joined by hyphens. */
export const SOURCE_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A citation: one or more source ids.
 * Authors may write a single id (`cite: ap-2025-06-09`), a comma-separated
 * string (`cite: "ap-2025-06-09, wradio-2025-06-09"`) or a YAML list.
 * All three normalise to a non-empty array of ids.
 */
export const citationSchema = z
  .union([z.string(), z.array(z.string())], {
    // Astro would print zod's "Did not match union. > Required" for a missing cite.
    error: (issue) =>
      issue.input === undefined
        ? 'missing: every sourced statement needs cite: with its source id(s), e.g. cite: ap-2025-06-09'
        : 'write one source id, several as "a, b", or a YAML list of ids',
  })
  .transform((value) => (Array.isArray(value) ? value : value.split(',')).map((id) => id.trim()).filter(Boolean))
  .pipe(
    z
      .array(
        z.string().regex(SOURCE_ID_PATTERN, {
          message: 'a source id is lowercase letters, digits and hyphens, e.g. "ap-2025-06-09"',
        }),
      )
      .min(1, { message: 'cite at least one source id' }),
  );

export type Citation = z.output<typeof citationSchema>;

/** A sourced statement: text plus the source ids that support it. */
export const citedTextSchema = z.object({
  /** The statement, in plain text (no Markdown). */
  text: prose(z.string().min(10, { message: 'write a full sentence' })),
  /** Source id(s) that support the statement; see `citationSchema`. */
  cite: citationSchema,
}).strict();

/** A statement that may be this site's own analysis; if it is, `analysis: true` and no `cite` is needed. */
export const watchItemSchema = z.union([
  citedTextSchema.extend({ analysis: z.literal(false).optional() }),
  z.object({
    text: prose(z.string().min(10, { message: 'write a full sentence' })),
    /** Marks the item as this site's analysis: it is labelled as such wherever it is shown. */
    analysis: z.literal(true),
    cite: citationSchema.optional(),
  }).strict(),
], { error: 'give it cite: with its source id(s), or analysis: true if it is this site\'s own reading' });

export type CitedText = z.output<typeof citedTextSchema>;
