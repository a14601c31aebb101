/** What a content error must tell an editor: where, which field, what was found, and the fix. */
export interface ContentProblem {
  /** Path of the content file, relative to the project root. */
  file: string;
  /** The field or component at fault, e.g. `sources` or `<Cite id>`. */
  field: string;
  /** What the file contains. */
  found: string;
  /** What would be accepted, and how to fix it. */
  fix: string;
}

/** Formats problems as one readable message, one block per problem. */
export function formatContentProblems(problems: ContentProblem[]): string {
  const blocks = problems.map(
    (p) => `  ${p.file}\n    field: ${p.field}\n    found: ${p.found}\n    fix:   ${p.fix}`,
  );
  const count = problems.length === 1 ? '1 content problem' : `${problems.length} content problems`;
  return `${count}:\n${blocks.join('\n')}`;
}

/**
 * Where Astro should say a problem is: the content file (relative to the project root, which Astro
 * joins it to) and the line the problem names. Undefined when it names no line (Astro would print
 * "file:0:0", which reads as line 0; the message names the file anyway) or the file is not one path.
 */
export function problemLocation(problem: ContentProblem): { file: string; line: number } | undefined {
  const file = /^[\w./-]+\.(?:mdx?|ya?ml)(?=$|\s)/.exec(problem.file)?.[0];
  const line = /\bline (\d+)\b/.exec(`${problem.field} ${problem.found}`)?.[1];
  return file && line ? { file, line: Number(line) } : undefined;
}

/**
 * An error that carries content problems; thrown to fail the build. Astro prints an error thrown
 * while pages render with its location and stack trace: without a stack, the location is the
 * first problem's content file (and line), not a file of Astro's inside node_modules, and no trace
 * of the site's code follows the message an editor needs.
 */
export class ContentError extends Error {
  readonly problems: ContentProblem[];
  readonly loc: { file: string; line: number } | undefined;
  constructor(problems: ContentProblem[]) {
    super(formatContentProblems(problems));
    this.name = 'ContentError';
    this.problems = problems;
    this.loc = problems.length > 0 ? problemLocation(problems[0]) : undefined;
    this.stack = '';
  }
}

/** Throws a ContentError if there is any problem. */
export function assertNoProblems(problems: ContentProblem[]): void {
  if (problems.length > 0) throw new ContentError(problems);
}
