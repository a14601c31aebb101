import { z } from 'astro/zod';
import { keepWordsTogether, smartQuotes } from '../lib/typography';

/**
 * Text an editor types in frontmatter or YAML for readers to see: checked by `schema`, then
 * set as the body text is (Typeset.astro): typographer's quotation marks and apostrophes
 * ("don't" becomes “don’t”), and no-break spaces that keep "19 January" and "1,000 km" on one
 * line. Not for ids, addresses, or text kept verbatim (the article's credit and subheadings).
 */
export const prose = (schema: z.ZodString = z.string()) =>
  schema
    .superRefine((text, context) => {
      const markup = markupIn(text);
      if (markup) context.addIssue({ code: 'custom', message: `${markup} would show as typed: YAML text is plain, with no Markdown or tags; write the words alone` });
    })
    .transform((text) => keepWordsTogether(smartQuotes(text)));

/**
 * A string of `min` to `max` characters whose error says how long it is ("summary: is 303
 * characters: shorten it to at most 280"), where zod names only the limit, so an editor trimming
 * a summary built once per guess.
 */
export function lengthBetween(min: number, max?: number): z.ZodString {
  const length = (input: unknown) => `is ${String(input).length} characters`;
  const schema = z.string().min(min, { error: (issue) => `${length(issue.input)}: write at least ${min}` });
  return max === undefined ? schema : schema.max(max, { error: (issue) => `${length(issue.input)}: shorten it to at most ${max}` });
}

/**
 * Markdown or MDX an editor may carry over from a page body into YAML text, where it would show
 * as typed ("**Arévalo**", "<Es>que</Es>"): the first found, described in words (Astro prints
 * schema messages as Markdown, so a quoted "**" would turn into bold), or undefined. A
 * [bracketed description] with no address after it is plain text (source titles use them).
 */
export function markupIn(text: string): string | undefined {
  const bold = text.match(/\*\*([^*]+)\*\*|__([^_]+)__/);
  if (bold) return `Markdown emphasis around "${bold[1] ?? bold[2]}"`;
  const code = text.match(/`([^`]+)`/);
  if (code) return `Markdown code marks around "${code[1]}"`;
  const link = text.match(/\[([^\]]*)\]\(([^)]*)\)/);
  if (link) return `a Markdown link from "${link[1]}" to ${link[2]}`;
  const tag = text.match(/<\/?([A-Za-z][\w.]*)[^>]*>/);
  if (tag) return `the tag <${tag[1]}>`;
  return undefined;
}
