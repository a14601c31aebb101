import { z } from 'astro/zod';

/**
 * The address of a published page, as a source's `url`: https, or http where the page is only
 * published so. A mistyped scheme ("htps://") or a bare "example.org/a" would pass a looser URL
 * check and become a link no browser opens.
 */
export const webAddress = z.url({ protocol: /^https?$/, error: 'write the full address of the page, starting https:// (or http:// as published)' });
