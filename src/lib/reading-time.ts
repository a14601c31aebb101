/** Estimated reading time in whole minutes (at least 1) for a text, at 220 words a minute. */
export function readingMinutes(text: string, wordsPerMinute = 220): number {
  const words = stripMarkup(text).split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / wordsPerMinute));
}

/** Removes MDX/JSX tags, Markdown link targets and frontmatter so only prose is counted. */
export function stripMarkup(text: string): string {
  return text
    .replace(/^---[\s\S]*?---/, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#*_>|`[\]-]/g, ' ');
}
