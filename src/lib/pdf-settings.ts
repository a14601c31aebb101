/**
 * Whether the build renders PDFs of the briefs. On by default; set PDF=off to
 * build without a browser (then no page links to a PDF).
 */
export function pdfsEnabled(env: Record<string, string | undefined> = process.env): boolean {
  return !['off', '0', 'false', 'no'].includes((env.PDF ?? '').toLowerCase());
}
