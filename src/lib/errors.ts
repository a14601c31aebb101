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

/** An error that carries content problems; thrown to fail the build. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(formatContentProblems(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Throws a ContentError if there is any problem. */
export function assertNoProblems(problems: ContentProblem[]): void {
  if (problems.length > 0) throw new ContentError(problems);
}
