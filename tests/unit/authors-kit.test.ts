import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUTHORS_KIT, unknownComponents } from '../../src/lib/authors-kit';
import { TOPIC_IDS } from '../../src/schemas/topics';

describe('tags that are not in the authors\' kit', () => {
  it('finds a misspelt component, with its line and the nearest name', () => {
    const body = 'Text.\n\n<Callot type="analysis">\nA reading.\n</Callot>\n\n<Singlesource />';
    expect(unknownComponents(body)).toEqual([
      { name: 'Callot', line: 3, nearest: 'Callout' },
      { name: 'Singlesource', line: 7, nearest: 'SingleSource' },
    ]);
  });

  it('passes the kit, lower-case HTML and code fences, and offers no far-fetched name', () => {
    const body = ['<Callout type="note">x</Callout>', '<Cite id="a" /> <Term id="b">B</Term>', '<abbr title="x">X</abbr>', '```', '<NotAComponent />', '```', '<Dashboard />'].join('\n');
    expect(unknownComponents(body)).toEqual([{ name: 'Dashboard', line: 7, nearest: undefined }]);
  });

  it('finds a kit name written in lower case, which MDX would take for plain HTML', () => {
    const body = ['A fact.<cite id="ap-2025-06-09" />', '', '<callout type="note">', 'x', '</callout>', '<es>Plan Mercurio</es> and <figure> and <em>this</em>'].join('\n');
    expect(unknownComponents(body)).toEqual([
      { name: 'cite', line: 1, nearest: 'Cite', miscased: true },
      { name: 'callout', line: 3, nearest: 'Callout', miscased: true },
      { name: 'es', line: 6, nearest: 'Es', miscased: true },
      { name: 'figure', line: 6, nearest: 'Figure', miscased: true },
    ]);
  });

  it('is the kit CONTRIBUTING documents, no more and no fewer', () => {
    const guide = readFileSync(join(import.meta.dirname, '../../CONTRIBUTING.md'), 'utf8');
    const section = guide.slice(guide.indexOf("## The authors' kit"), guide.indexOf('\n## ', guide.indexOf("## The authors' kit") + 1));
    const documented = [...new Set([...section.matchAll(/<([A-Z]\w*)/g)].map((match) => match[1]))].sort();
    expect(documented).toEqual([...AUTHORS_KIT].sort());
  });
});

describe('the topics CONTRIBUTING lists', () => {
  it('are the schema\'s, no more and no fewer', () => {
    const guide = readFileSync(join(import.meta.dirname, '../../CONTRIBUTING.md'), 'utf8');
    const paragraph = guide.slice(guide.indexOf('Topics (`src/schemas/topics.ts`'), guide.indexOf('\n\n', guide.indexOf('Topics (`src/schemas/topics.ts`')));
    const listed = [...paragraph.split('fails the build):')[1].matchAll(/`([a-z-]+)`/g)].map((match) => match[1]);
    expect(listed).toEqual([...TOPIC_IDS]);
  });
});
