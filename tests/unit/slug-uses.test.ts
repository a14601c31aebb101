import { describe, expect, it } from 'vitest';
import { renamedNames } from '../../src/lib/edit-distance';
import { contextSlugLines, contextSlugs, eventSlugLines, eventSlugs, explainerLinks, isDraft, unknownLinkedPages, unknownPageSlugs } from '../../src/lib/slug-uses';

const pages = { en: new Set(['the-border', 'migration-and-asylum', 'timeline']), es: new Set(['the-border', 'timeline']) };

describe('where the content names an explainer', () => {
  it('reads the links in a body, with /es for a Spanish page', () => {
    expect(explainerLinks('See [the border](/explainers/the-border/) and [la frontera](/es/explainers/the-border/#x), or /explainers/timeline.')).toEqual([
      { prefix: '', slug: 'the-border' },
      { prefix: '/es', slug: 'the-border' },
      { prefix: '', slug: 'timeline' },
    ]);
  });

  it("reads the events' explainer and the article's context, with the lines they are on", () => {
    const events = ['- id: 2025-06-08-shootout', '  event: A migration story.', '  explainer: migration', '- id: 2025-06-09-note', '  explainer: "the-border"'].join('\n');
    expect(eventSlugs(events)).toEqual(['migration', 'the-border']);
    expect(eventSlugLines(events, 'migration')).toEqual(['entry "2025-06-08-shootout", line 3']);
    expect(eventSlugs('- id: a\n  explainer: [x\n')).toEqual([]);
    const article = ['---', 'summary: On migration and the border.', 'context:', '  - migration', '  - the-border', '---', 'Migration text.'].join('\n');
    expect(contextSlugs(article)).toEqual(['migration', 'the-border']);
    expect(contextSlugLines(article, 'migration')).toEqual(['context, line 4']);
  });

  it('suggests the nearest spelling, or else a page whose name holds the name word for word, or is held in it', () => {
    expect(renamedNames('the-bordr', pages.en)).toEqual(['the-border']);
    expect(renamedNames('migration', pages.en)).toEqual(['migration-and-asylum']);
    expect(renamedNames('timeline-2025', pages.en)).toEqual(['timeline']);
    expect(renamedNames('asylum-seekers', pages.en)).toEqual([]);
    // Too short to tell: "pnc" is a word of many names.
    expect(renamedNames('pnc', ['pnc-officers', 'pnc-director'])).toEqual([]);
  });
});

describe('pages that do not exist', () => {
  it("names each link once, with its lines, the language's pages and the nearest", () => {
    const text = ['---', 'title: T', '---', '', 'See [it](/explainers/migration/).', '', 'Again [it](/explainers/migration/#x), and [es](/es/explainers/migration-and-asylum/), [ok](/explainers/timeline/).'].join('\n');
    expect(unknownLinkedPages('content/explainers/p.mdx', text, pages)).toEqual([
      { file: 'content/explainers/p.mdx', field: 'link', found: 'links to /explainers/migration/, which does not exist (body, lines 5, 7)', fix: 'did you mean /explainers/migration-and-asylum/?' },
      { file: 'content/explainers/p.mdx', field: 'link', found: 'links to /es/explainers/migration-and-asylum/, which does not exist (body, line 7)', fix: 'link to an existing explainer: the-border, timeline' },
    ]);
  });

  it('names an unknown slug in a field once, with its places', () => {
    expect(unknownPageSlugs('content/timeline/events.yaml', 'explainer', ['migration', 'the-border', 'migration'], pages.en, () => ['entry "a", line 3', 'entry "b", line 9'])).toEqual([
      { file: 'content/timeline/events.yaml', field: 'explainer', found: '"migration" is not an explainer page (entry "a", line 3; entry "b", line 9)', fix: 'did you mean "migration-and-asylum"?' },
    ]);
    expect(unknownPageSlugs('f', 'context', ['nothing-like-it'], pages.en, () => [])[0].fix).toBe('use one of: the-border, migration-and-asylum, timeline');
  });
});

describe('drafts', () => {
  it('reads draft: true from the frontmatter only', () => {
    expect(isDraft('---\ntitle: T\ndraft: true # not yet\n---\nBody.')).toBe(true);
    expect(isDraft('---\ntitle: T\ndraft: false\n---\ndraft: true\n')).toBe(false);
  });

  it('names a link to a draft, and an event or context naming one, with the fix to publish it or remove the reference', () => {
    const withDrafts = { ...pages, drafts: { en: new Set(['timeline']), es: new Set<string>() } };
    expect(unknownLinkedPages('p.mdx', 'See [t](/explainers/timeline/), [t](/es/explainers/timeline/).', withDrafts)).toEqual([
      { file: 'p.mdx', field: 'link', found: 'links to the draft /explainers/timeline/ (body, line 1)', fix: 'publish that page (draft: false), or remove the link until it is' },
    ]);
    expect(unknownPageSlugs('content/timeline/events.yaml', 'explainer', ['timeline'], pages.en, () => ['entry "a", line 3'], withDrafts.drafts.en)).toEqual([
      { file: 'content/timeline/events.yaml', field: 'explainer', found: '"timeline" is a draft, which the build leaves out (entry "a", line 3)', fix: 'publish that page (draft: false), or remove explainer: here until it is' },
    ]);
  });
});
