import { z } from 'astro/zod';
import { keepWordsTogether, smartQuotes } from '../lib/typography';

/**
 * Text an editor types in frontmatter or YAML for readers to see: checked by `schema`, then
 * set as the body text is (Typeset.astro): typographer's quotation marks and apostrophes
 * ("don't" becomes “don’t”), and no-break spaces that keep "19 January" and "1,000 km" on one
 * line. Not for ids, addresses, or text kept verbatim (the article's credit and subheadings).
 */
export const prose = (schema: z.ZodString = z.string()) => schema.transform((text) => keepWordsTogether(smartQuotes(text)));
