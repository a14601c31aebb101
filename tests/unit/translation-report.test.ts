import { describe, expect, it } from 'vitest';
import { counterpartFile, LISTED, translationReport, type ExplainerFile } from '../../src/lib/translation-report';

const folders = { english: 'content/explainers', spanish: 'content/es/explainers' };
const en = (slug: string, updated = '2026-01-10', file = `content/explainers/${slug}.mdx`): ExplainerFile => ({ slug, file, updated: new Date(updated) });
const es = (slug: string, updated = '2026-01-10', file = `content/es/explainers/${slug}.mdx`): ExplainerFile => ({ slug, file, updated: new Date(updated) });

describe('counterpartFile', () => {
  it('keeps the file name and any folder below the language folder', () => {
    expect(counterpartFile('content/explainers/the-border.mdx', folders.english, folders.spanish)).toBe('content/es/explainers/the-border.mdx');
    expect(counterpartFile('content/explainers/the-border/index.mdx', folders.english, folders.spanish)).toBe('content/es/explainers/the-border/index.mdx');
    expect(counterpartFile('content/es/explainers/the-border/index.mdx', folders.spanish, folders.english)).toBe('content/explainers/the-border/index.mdx');
  });
});

describe('translationReport', () => {
  it('says nothing when every English page has a translation as new as itself', () => {
    expect(translationReport([en('a'), en('b', '2026-02-01')], [es('a'), es('b', '2026-02-02')], folders)).toEqual({ warnings: [], problems: [] });
  });

  it('names each missing or stale translation on a line of its own, with the file to write', () => {
    const { warnings, problems } = translationReport([en('a'), en('b', '2026-03-01'), en('c', '2026-01-01', 'content/explainers/c/index.mdx')], [es('b', '2026-02-01')], folders);
    expect(warnings).toEqual([
      'content/explainers/a.mdx has no Spanish translation (content/es/explainers/a.mdx); its Spanish link shows a notice, and npm test (so CI) fails until it has one.',
      'content/explainers/c/index.mdx has no Spanish translation (content/es/explainers/c/index.mdx); its Spanish link shows a notice, and npm test (so CI) fails until it has one.',
      'content/es/explainers/b.mdx is stale: the English page was updated later. Update the translation and its `updated` date.',
    ]);
    expect(problems).toEqual([]);
  });

  it(`past ${LISTED} missing translations, gives one line with the count, the first ${LISTED} files and where translations go`, () => {
    const english = Array.from({ length: 1000 }, (_, i) => en(`page-${String(i).padStart(4, '0')}`));
    const { warnings } = translationReport(english, [], folders);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toBe(
      '1000 English explainers have no Spanish translation yet, so their Spanish links show a notice: ' +
        'content/explainers/page-0000.mdx, content/explainers/page-0001.mdx, content/explainers/page-0002.mdx, content/explainers/page-0003.mdx, content/explainers/page-0004.mdx and 995 more. ' +
        'A translation goes in content/es/explainers/ under its English page\'s file name.',
    );
  });

  it(`past ${LISTED} stale translations, gives one line with the count`, () => {
    const slugs = Array.from({ length: LISTED + 1 }, (_, i) => `p${i}`);
    const { warnings } = translationReport(slugs.map((slug) => en(slug, '2026-05-01')), slugs.map((slug) => es(slug, '2026-04-01')), folders);
    expect(warnings).toEqual([
      `${LISTED + 1} Spanish translations are older than their English page: ${slugs.slice(0, LISTED).map((slug) => `content/es/explainers/${slug}.mdx`).join(', ')} and 1 more. Update each translation and its \`updated\` date.`,
    ]);
  });

  it('fails on a translation with no English page, naming the English file it needs', () => {
    const { problems } = translationReport([en('a')], [es('a'), es('frontera', '2026-01-10', 'content/es/explainers/frontera/index.mdx')], folders);
    expect(problems).toEqual([
      {
        file: 'content/es/explainers/frontera/index.mdx',
        field: 'file name',
        found: 'no English page content/explainers/frontera/index.mdx',
        fix: 'A translation takes its English page\'s file name: rename it to match one in content/explainers/, or add the English page first.',
      },
    ]);
  });
});
