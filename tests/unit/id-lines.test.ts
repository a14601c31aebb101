import { describe, expect, it } from 'vitest';
import { idLines } from '../../src/lib/id-lines';

const page = ['---', 'title: A', 'takeaways:', '  - text: One.', '    cite: ap-2025-06-9', 'brief:', '  bottomLine:', '    text: B.', '    cite: "x, ap-2025-06-9"', '---', '', 'Text.<Cite id="ap-2025-06-9" /> More.<Cite id="ap-2025-06-09" />'].join('\n');

describe('where an id is written', () => {
  it('names the field or the body, and the line, of each place', () => {
    expect(idLines(page, 'ap-2025-06-9')).toEqual(['takeaways, line 5', 'brief, line 9', 'body, line 12']);
  });

  it('matches the whole id only, not one it is the start of', () => {
    expect(idLines(page, 'ap-2025-06')).toEqual([]);
    expect(idLines(page, 'ap-2025-06-09')).toEqual(['body, line 12']);
  });
});
