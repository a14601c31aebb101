import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../../src/integrations/content-files';
import { CONTENT_LOCATIONS, globOfFile, globOfFolder, unreadContentFiles } from '../../src/lib/content-files';

const ROOT = join(import.meta.dirname, '../..');

describe('files in content/ that no collection reads', () => {
  it('are none of the files the collections read, at any depth of a page folder', () => {
    expect(unreadContentFiles(['explainers/migration.mdx', 'explainers/2027/new.mdx', 'es/explainers/migration.mdx', 'timeline/events.yaml', 'article/article.md', 'home/home.yaml'])).toEqual([]);
  });

  it('leave out names starting with _ (kept out on purpose) and the system\'s own files', () => {
    expect(unreadContentFiles(['explainers/_draft.md', 'timeline/_old.yaml', '.DS_Store', 'explainers/.x.mdx.swp', 'explainers/x.mdx~'])).toEqual([]);
  });

  it('name the file, and say where its kind of content goes', () => {
    const problems = unreadContentFiles(['timeline/2027.yaml', 'explainers/new-page.md', 'es/explainers/x.txt', 'notes.txt']);
    expect(problems.map((problem) => problem.file)).toEqual(['content/es/explainers/x.txt', 'content/explainers/new-page.md', 'content/notes.txt', 'content/timeline/2027.yaml']);
    const fix = (file: string) => problems.find((problem) => problem.file === file)!.fix;
    expect(fix('content/explainers/new-page.md')).toMatch(/rename it to new-page\.mdx, or start its name with _/);
    expect(fix('content/es/explainers/x.txt')).toMatch(/Spanish explainer pages.*rename it to x\.mdx/);
    expect(fix('content/timeline/2027.yaml')).toMatch(/content\/timeline\/events\.yaml holds every dated event, and is the only file read in content\/timeline\/: move its entries there/);
    expect(fix('content/notes.txt')).toContain('content/glossary/terms.yaml');
    expect(problems[0]).toMatchObject({ field: '(the file itself)', found: expect.stringContaining('no content collection reads') });
  });

  it('are none in this project', () => {
    const files = filesUnder(join(ROOT, 'content'));
    expect(files.length).toBeGreaterThan(20);
    expect(unreadContentFiles(files)).toEqual([]);
  });
});

describe('the collections\' loaders', () => {
  it('take every path from CONTENT_LOCATIONS, so the check and the loaders cannot disagree', () => {
    const config = readFileSync(join(ROOT, 'src/content.config.ts'), 'utf8');
    expect(config).not.toMatch(/['"`]\.\/content\//);
    for (const name of Object.keys(CONTENT_LOCATIONS)) expect(config, name).toContain(`CONTENT_LOCATIONS.${name}`);
  });

  it('read a page folder at any depth without _ names, and a single Markdown file by its folder and name', () => {
    expect(globOfFolder(CONTENT_LOCATIONS.explainers)).toEqual({ base: './content/explainers', pattern: '**/[^_]*.mdx' });
    expect(globOfFile(CONTENT_LOCATIONS.articleEs.file)).toEqual({ base: './content/es/article', pattern: 'article.md' });
  });
});
