import { describe, expect, it } from 'vitest';
import { ContentError, assertNoProblems, formatContentProblems, problemLocation, type ContentProblem } from '../../src/lib/errors';

const problem = (file: string, field: string): ContentProblem => ({ file, field, found: `bad ${field}`, fix: `fix ${field}` });

describe('content problems', () => {
  it('name the file, the field, what was found and the fix', () => {
    expect(formatContentProblems([{ file: 'f.mdx', field: 'sources', found: 'x', fix: 'y' }])).toBe(
      '1 content problem:\n  f.mdx\n    field: sources\n    found: x\n    fix:   y',
    );
  });

  it('are counted, one block each, in the order found', () => {
    expect(formatContentProblems([problem('a.mdx', 'title'), problem('b.mdx', 'date')])).toBe(
      '2 content problems:\n  a.mdx\n    field: title\n    found: bad title\n    fix:   fix title\n  b.mdx\n    field: date\n    found: bad date\n    fix:   fix date',
    );
  });
});

describe('assertNoProblems', () => {
  it('passes when there is none', () => {
    expect(() => assertNoProblems([])).not.toThrow();
  });

  it('fails the build with every problem at once, in the message and on the error', () => {
    const problems = [problem('a.mdx', 'title'), problem('b.mdx', 'date')];
    let thrown: unknown;
    try {
      assertNoProblems(problems);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ContentError);
    expect((thrown as ContentError).name).toBe('ContentError');
    expect((thrown as ContentError).problems).toEqual(problems);
    expect((thrown as ContentError).message).toBe(formatContentProblems(problems));
  });

  it('point Astro at the first problem\'s content file and line, with no stack trace of the site\'s code', () => {
    const error = new ContentError([{ file: 'content/explainers/a.mdx', field: 'image', found: '![](/x.png) (line 40) has no alt text', fix: 'f' }, problem('b.mdx', 'date')]);
    expect(error.loc).toEqual({ file: 'content/explainers/a.mdx', line: 40 });
    expect(error.stack).toBe('');
    expect(problemLocation({ file: 'content/timeline/events.yaml', field: 'entry 3 (line 11): listedAt', found: 'x', fix: 'y' })).toEqual({ file: 'content/timeline/events.yaml', line: 11 });
    // No line named ("a.mdx:0:0" would read as line 0), or no file: none, rather than a wrong one.
    expect(problemLocation(problem('content/explainers/a.mdx', 'sources'))).toBeUndefined();
    expect(problemLocation({ file: 'content/explainers/a.mdx and content/explainers/A.mdx', field: 'file name (slug)', found: 'x (line 3)', fix: 'y' })).toEqual({ file: 'content/explainers/a.mdx', line: 3 });
    expect(problemLocation({ file: 'page /sources/ (made by a route in src/pages/)', field: 'link', found: 'x (line 3)', fix: 'y' })).toBeUndefined();
  });
});
