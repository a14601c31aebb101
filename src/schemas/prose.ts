import { z } from 'astro/zod';
import { smartQuotes } from '../lib/typography';

/**
 * Text an editor types in frontmatter or YAML for readers to see: checked by `schema`, then
 * given typographer's quotation marks and apostrophes ("don't" becomes “don’t”), as MDX gives
 * the body text. Not for ids, addresses, or text kept verbatim (the article's credit and subheadings).
 */
export const prose = (schema: z.ZodString = z.string()) => schema.transform(smartQuotes);
