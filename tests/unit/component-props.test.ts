import { describe, expect, it } from 'vitest';
import { componentPropProblems } from '../../src/lib/component-props';

describe("the kit's closed-choice props", () => {
  it('pass the choices each component has', () => {
    expect(componentPropProblems('<Callout type="analysis" title="A">x</Callout>\n<StackedRows second="labelled" labelled>\n<LocatorMap highlight={["la-mesilla", \'cuilco\']} />')).toEqual([]);
  });

  it('name a wrong callout type, rows choice or map place, with its line and the choices', () => {
    const body = 'Text.\n\n<Callout type="warning">\nx\n</Callout>\n<StackedRows second="bold">\n\n<LocatorMap highlight={["la-mesilla", "agua-zarca"]} />';
    expect(componentPropProblems(body).map((p) => [p.line, p.field, p.found])).toEqual([
      [3, '<Callout type>', 'type="warning" is not a choice'],
      [6, '<StackedRows second>', 'second="bold" is not a choice'],
      [8, '<LocatorMap highlight>', 'unknown place id: agua-zarca'],
    ]);
    expect(componentPropProblems(body)[0].fix).toBe('write type="note", type="caution", type="analysis", type="not-found"');
  });

  it('name a second callout of a type with the same title, or none: both boxes would be landmarks of one name', () => {
    const body = '<Callout type="not-found">\nA.\n</Callout>\n\n<Callout type="not-found" title="B">\nB.\n</Callout>\n\n<Callout type="not-found">\nC.\n</Callout>\n\n<Callout type="note" title="B">x</Callout>\n<Callout title=\'B\'>y</Callout>';
    expect(componentPropProblems(body).map((p) => [p.line, p.field, p.found])).toEqual([
      [9, '<Callout title>', 'a second <Callout type="not-found"> with no title on the page: a screen reader would list both boxes under the same name'],
      [14, '<Callout title>', 'a second <Callout type="note"> titled "B" on the page: a screen reader would list both boxes under the same name'],
    ]);
  });

  it('name a figure or account missing a prop it cannot render without, with its line (a missing cite is named with the citations, once)', () => {
    const body = [
      '<Figure caption="A map." cite="ap-2025-06-09">x</Figure>',
      '<Figure src="/images/a.png" alt="A" width={800} caption="A > B" cite="ap-2025-06-09" />',
      '<Figure caption="No source." cite="" />',
      '<Figure src="/images/b.png" alt="B" caption="B." cite="x" />',
      '<AccountsDiffer>',
      '<Account label="On the Mexican side" cite="ap-2025-06-09">A.</Account>',
      '<Account label="On the Guatemalan side">B.</Account>',
      '<Account cite="x">C.</Account>',
      '</AccountsDiffer>',
    ].join('\n');
    expect(componentPropProblems(body).map((p) => [p.line, p.field, p.found])).toEqual([
      [2, '<Figure height>', '<Figure> with no height'],
      [4, '<Figure width height>', '<Figure> with no width or height'],
      [8, '<Account label>', '<Account> with no label'],
    ]);
  });
});
