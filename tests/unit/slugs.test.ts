import { describe, expect, it } from 'vitest';
import { findDuplicateSlugs, slugForPath } from '../../src/lib/slugs';

describe('slugForPath', () => {
  it.each([
    ['the-border.mdx', 'the-border'],
    ['the-border/index.mdx', 'the-border'],
    ['The Border.mdx', 'the-border'],
    ['nested/page.mdx', 'nested/page'],
  ])('%s publishes at %s', (path, slug) => {
    expect(slugForPath(path)).toBe(slug);
  });
});

describe('findDuplicateSlugs', () => {
  it('finds files that claim the same URL', () => {
    expect(findDuplicateSlugs(['a.mdx', 'a/index.mdx', 'b.mdx', 'A.mdx'])).toEqual([['a.mdx', 'a/index.mdx', 'A.mdx']]);
  });
  it('finds nothing when every slug is unique', () => {
    expect(findDuplicateSlugs(['a.mdx', 'b.mdx'])).toEqual([]);
  });
});
