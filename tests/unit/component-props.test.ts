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
});
