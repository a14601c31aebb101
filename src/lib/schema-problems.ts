/**
 * Every content file checked against its collection's schema (src/schemas/collections.ts) before
 * the build starts, every problem at once, each with its field, line and fix. Astro checks the
 * same schemas as it reads the files, but stops at the first entry that fails, says
 * "takeaways.1.text: Required" (items counted from 0), and points at line 0 with a stack trace:
 * an editor with three mistakes built four times. The messages the schemas give (`write a full
 * sentence`) are kept; zod's own ("Too small: expected array to have >=3 items") are put in words.
 */
import { load, YAMLException } from 'js-yaml';
import type { z } from 'astro/zod';
import { nearestName, suggest } from './edit-distance';
import { yamlLines, type Path } from './yaml-lines';
import { tabIndentedLines, unquotedTextProblems } from './content-files';
import type { ContentProblem } from './errors';

/** One issue as zod reports it, with the input (safeParse's `reportInput`). */
interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  input?: unknown;
  keys?: string[];
  values?: unknown[];
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  expected?: string;
  errors?: Issue[][];
}

/** Where the problems of one file are: its name from the project root, and how to name a path in it. */
export interface SchemaFile {
  /** The file, from the project root: `content/explainers/x.mdx`. */
  file: string;
  /** The YAML checked: a page's frontmatter, or a whole list file. */
  yaml: string;
  /** The line of the file the YAML starts on: 2 for a page's frontmatter, 1 for a list file. */
  firstLine: number;
  /** Whether the YAML is a list of entries (sources, events, terms, home), each checked by the schema. */
  list: boolean;
  /** Where the editor finds each field explained, ending the fix for a missing field: 'CONTRIBUTING.md ("Data collections") shows every field with an example'. */
  guide: string;
  /**
   * Whether a check before this one names a missing or unknown field at the top of the page, or of
   * an entry (frontmatterProblems, by the page's lines; entryListProblems, with the entry's line):
   * then this one leaves out those it names.
   */
  fieldsNamed: boolean;
}

/**
 * The problems of the YAML of `where`, read as Astro reads it, against `schema`: a page's
 * frontmatter, or each entry of a list file. Frontmatter YAML cannot read is named here, by line
 * (syntaxProblems); a list file's, by entryListProblems. Left out, as named before this check
 * (src/lib/content-files.ts): an entry without an id, and where `fieldsNamed`, a field missing or
 * unknown at the top of a page or an entry.
 */
export function schemaProblems(where: SchemaFile, schema: z.ZodType): ContentProblem[] {
  const { data, error } = readYaml(where.yaml);
  if (error) return where.list ? [] : syntaxProblems(where, error);
  if (data === undefined) return [];
  const entries: [Path, unknown][] = where.list ? (Array.isArray(data) ? data.map((entry, index) => [[index], entry]) : []) : [[[], data]];
  const issues = entries.flatMap(([at, value]) => {
    if (where.list && !hasId(value)) return [];
    const result = schema.safeParse(value, { reportInput: true });
    return result.success ? [] : (result.error.issues as unknown as Issue[]).flatMap((issue) => unwrapUnion(issue)).map((issue) => ({ ...issue, path: [...at, ...issue.path] }));
  });
  // The length of the path to a page's (or an entry's) own fields, which the checks before this one look at.
  const own = where.list ? 1 : 0;
  // frontmatterProblems finds a page's fields by their lines (`name:` at the start of one): a key
  // written otherwise ("short title:", "1:") is left to this check.
  const scanned = (key: string) => where.list || /^[A-Za-z_][\w-]*$/.test(key);
  const named = issues
    .map((issue) => (where.fieldsNamed && issue.code === 'unrecognized_keys' && issue.path.length === own ? { ...issue, keys: (issue.keys ?? []).filter((key) => !scanned(key)) } : issue))
    .filter((issue) => !(issue.code === 'unrecognized_keys' && !issue.keys?.length))
    .filter((issue) => !(where.fieldsNamed && isMissing(issue) && issue.path.length === own + 1) && !misspeltIn(issue, issues));
  if (!named.length) return [];
  const lineOf = yamlLines(where.yaml, where.firstLine);
  return named.map((issue) => {
    const entry = where.list ? (data as unknown[])[issue.path[0] as number] : undefined;
    // A refinement across fields reports the whole entry as its input: what was written at its field is the value.
    const written = issue.code === 'custom' || issue.input === undefined ? valueAt(data, issue.path) : issue.input;
    // An unknown field is named at its own line, not its item's; what a message quotes from a
    // long text ("Markdown emphasis around "925,000""), at the line it is on.
    const line = lineOf(issue.code === 'unrecognized_keys' && issue.keys?.length ? [...issue.path, issue.keys[0]] : issue.path);
    const quoted = issue.code === 'custom' && typeof written === 'string' ? /"([^"]{2,})"/.exec(issue.message)?.[1] : undefined;
    const at = quoted === undefined ? line : lineWith(where, quoted, line);
    return problemFor(where, { ...issue, input: written }, at, fieldsAt(schema, issue.path.slice(own)), entry);
  });
}

/** The first line of the file, from `from` on, on which `text` is written; `from` when none is. */
function lineWith(where: SchemaFile, text: string, from: number): number {
  const lines = where.yaml.split(/\r?\n/);
  const index = lines.findIndex((line, at) => at + where.firstLine >= from && line.includes(text));
  return index === -1 ? from : index + where.firstLine;
}

/** The value at `path` in data read from YAML, or undefined. */
function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const segment of path) {
    if (!value || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

/**
 * A field missing beside an unknown one spelt like it (`txt:` for `text:`): the unknown one is named,
 * with the name to write, and the missing one would only say the same again.
 */
function misspeltIn(issue: Issue, issues: readonly Issue[]): boolean {
  if (!isMissing(issue)) return false;
  const parent = JSON.stringify(issue.path.slice(0, -1));
  const field = String(issue.path.at(-1));
  return issues.some((other) => other.code === 'unrecognized_keys' && JSON.stringify(other.path) === parent && (other.keys ?? []).some((key) => nearestName(key, [field]) !== undefined));
}

/** YAML read as Astro reads it (js-yaml: an unquoted day is a Date), or the error that stops it. */
function readYaml(yaml: string): { data?: unknown; error?: YAMLException } {
  try {
    return { data: load(yaml) ?? undefined };
  } catch (error) {
    if (error instanceof YAMLException) return { error };
    throw error;
  }
}

/**
 * A page's frontmatter that YAML cannot read, named with its line and a fix, before Astro prints the
 * parser's words ("bad indentation of a mapping entry") with column 0 and a stack trace. Text with
 * ": " in it, the usual cause, and a tab are named as such; a list file's syntax is checked by
 * entryListProblems.
 */
function syntaxProblems(where: SchemaFile, error: YAMLException): ContentProblem[] {
  const lines = where.yaml.split(/\r?\n/);
  const named = [...unquotedTextProblems(where.file, lines, where.firstLine).filter((problem) => problem.found.includes('": "')), ...tabIndentedLines(where.file, lines, where.firstLine)];
  if (named.length) return named;
  const line = where.firstLine + (error.mark?.line ?? 0);
  const reason = error.reason ?? error.message.split('\n')[0];
  const fix = /indentation|mapping entry/.test(reason)
    ? 'line it up with the fields of its group: a field starts where the one above it does, and the fields of a list item start under its first, after "- "'
    : 'check the indentation, quotes and brackets there; a value with ": " or " #" in it needs double quotes';
  return [{ file: where.file, field: `frontmatter (line ${line}, column ${(error.mark?.column ?? 0) + 1})`, found: `YAML cannot read it: ${reason}`, fix }];
}

const hasId = (entry: unknown) => !!entry && typeof entry === 'object' && ['string', 'number'].includes(typeof (entry as { id?: unknown }).id) && String((entry as { id: unknown }).id).trim() !== '';

/** A field not written: zod says it is of the wrong type, value or form ("cite" is one id or a list), with no input. */
const isMissing = (issue: Issue) => ['invalid_type', 'invalid_value', 'invalid_union'].includes(issue.code) && issue.input === undefined;

/**
 * An item that matches none of a union's forms (a `watch` item is cited, or marked analysis): a key
 * that every form rejects ("analyis") is named as such, where the union's own message would ask
 * for `cite` or `analysis: true` when the editor wrote one, misspelt.
 */
function unwrapUnion(issue: Issue): Issue[] {
  if (issue.code !== 'invalid_union' || !issue.errors?.length) return [issue];
  // A field written with a value no form takes (`analysis: yes`, where one form wants true and
  // the other false): that field, with every value the forms take, not the union's own message.
  // Only when that value is all that stops every form: `analysis: false` with no cite is the
  // union's case (cite it, or mark it analysis: true), not a value to change to true.
  const written = (inner: Issue) => inner.code === 'invalid_value' && inner.input !== undefined;
  const valueOnly = issue.errors.every((branch) => branch.length > 0 && branch.every(written));
  const paths = new Set(issue.errors.flat().map((inner) => JSON.stringify(inner.path)));
  if (valueOnly && paths.size === 1) {
    const [path] = paths;
    const all = issue.errors.flat().filter((inner) => written(inner) && JSON.stringify(inner.path) === path);
    return [{ ...all[0], path: [...issue.path, ...all[0].path], values: all.flatMap((inner) => inner.values ?? []) }];
  }
  const unknownIn = (branch: Issue[]) => new Set(branch.flatMap((inner) => (inner.code === 'unrecognized_keys' && inner.path.length === 0 ? inner.keys ?? [] : [])));
  const [first, ...others] = issue.errors.map(unknownIn);
  const everywhere = [...first].filter((key) => others.every((keys) => keys.has(key)));
  return everywhere.length ? [{ code: 'unrecognized_keys', path: issue.path, message: issue.message, keys: everywhere }] : [issue];
}

/** The fields the object at `path` in `schema` may have (through lists, optional fields, defaults, pipes and unions). */
function fieldsAt(schema: z.ZodType, path: Path): Set<string> {
  const keys = new Set<string>();
  const visit = (node: unknown, rest: Path) => {
    const def = (node as { _zod?: { def?: Record<string, unknown> } })?._zod?.def;
    if (!def) return;
    switch (def.type) {
      case 'object': {
        const shape = def.shape as Record<string, unknown>;
        if (!rest.length) Object.keys(shape).forEach((key) => keys.add(key));
        else if (typeof rest[0] === 'string' && shape[rest[0]]) visit(shape[rest[0]], rest.slice(1));
        return;
      }
      case 'array':
        if (typeof rest[0] === 'number') visit(def.element, rest.slice(1));
        return;
      case 'union':
        for (const option of def.options as unknown[]) visit(option, rest);
        return;
      case 'pipe':
        return visit(def.in, rest);
      default:
        if (def.innerType) visit(def.innerType, rest);
    }
  };
  visit(schema, path);
  return keys;
}

/**
 * The field as an editor finds it: "takeaways, item 2: text", "brief.background, item 1: cite";
 * in a list file, "entry 4: language". Items are counted from 1, as the editor counts them.
 */
export function fieldLabel(path: Path, list: boolean): string {
  let label = '';
  path.forEach((segment, index) => {
    if (typeof segment === 'number') label += list && index === 0 ? `entry ${segment + 1}` : `, item ${segment + 1}`;
    else label += label === '' ? String(segment) : typeof path[index - 1] === 'number' ? `: ${String(segment)}` : `.${String(segment)}`;
  });
  return label || (list ? '(the file itself)' : 'frontmatter');
}

/** A value as found, short: `"fr"`, `5`, `a list of 2 items`, `text of 303 characters`. */
export function described(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'empty (no value after the colon)';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'a date that is not valid' : value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.length ? `a list of ${value.length} item${value.length === 1 ? '' : 's'}` : 'an empty list';
  if (typeof value === 'object') return `a group of fields (${Object.keys(value).join(', ') || 'none'})`;
  if (typeof value === 'string') return value.length > 60 ? `text of ${value.length} characters ("${opening(value)}…")` : `"${value}"`;
  return String(value);
}

/** The first words of a long text, up to about 40 characters, not cut within a word. */
function opening(text: string): string {
  const cut = text.slice(0, 40);
  const space = cut.lastIndexOf(' ');
  return (/\s/.test(text[40] ?? ' ') || space < 0 ? cut : cut.slice(0, space)).trimEnd();
}

/** What zod's default messages ask for, in words: its own wording is kept only where a schema gave one of ours. */
const ZOD_MESSAGE = /^(Invalid input|Invalid option|Too (small|big)|Unrecognized key|Invalid (string|type|value|element|key))/;
const KIND: Record<string, string> = { string: 'text', number: 'a number', boolean: 'true or false', array: 'a list (one "- " line per item)', object: 'fields indented under it', date: 'a date written YYYY-MM-DD' };

function problemFor(where: SchemaFile, issue: Issue, line: number, known: Set<string>, entry: unknown): ContentProblem {
  const field = `${fieldLabel(issue.path, where.list)} (line ${line})`;
  const id = entry && typeof entry === 'object' ? (entry as { id?: unknown }).id : undefined;
  const of = id === undefined ? '' : ` (in "${String(id)}")`;
  const own = !ZOD_MESSAGE.test(issue.message);
  const key = String(issue.path.at(-1) ?? '');
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys ?? [];
    const fields = [...known];
    const nearest = keys.length === 1 ? nearestName(keys[0], fields) : undefined;
    const found = `${keys.map((name) => `"${name}"`).join(', ')} ${keys.length === 1 ? 'is not a field' : 'are not fields'} here${of}`;
    if (nearest) return { file: where.file, field, found, fix: `write ${nearest}: (the field's name), not ${keys[0]}:` };
    return { file: where.file, field, found, fix: fields.length ? `remove ${keys.length === 1 ? 'it' : 'them'}, or use one of: ${fields.join(', ')}` : `remove ${keys.length === 1 ? 'it' : 'them'}` };
  }
  if (isMissing(issue)) {
    // The schema's own words say what the field holds ("missing: every sourced statement needs cite: …").
    return { file: where.file, field, found: `missing${of}`, fix: own ? issue.message.replace(/^missing: /, '') : `add ${key}: to it; ${where.guide}` };
  }
  const found = `${described(issue.input)}${of}`;
  if (own) {
    // "is 107 characters: shorten it to at most 90": the length is in what was found.
    const length = /^is (\d+) characters: (.*)$/.exec(issue.message);
    if (!length) return { file: where.file, field, found, fix: issue.message };
    return { file: where.file, field, found: found.startsWith('"') ? `${found.replace(of, '')} (${length[1]} characters)${of}` : found, fix: length[2] };
  }
  const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
  if ((issue.code === 'too_small' || issue.code === 'too_big') && issue.origin === 'array') {
    return { file: where.file, field, found, fix: issue.code === 'too_small' ? `give at least ${limit} item${limit === 1 ? '' : 's'}` : `give at most ${limit} item${limit === 1 ? '' : 's'}` };
  }
  if ((issue.code === 'too_small' || issue.code === 'too_big') && issue.origin === 'string') {
    return { file: where.file, field, found, fix: issue.code === 'too_small' ? `write at least ${limit} characters` : `shorten it to at most ${limit} characters` };
  }
  if ((issue.code === 'too_small' || issue.code === 'too_big') && issue.origin === 'number') {
    const bound = issue.code === 'too_small' ? (issue.inclusive === false ? 'greater than' : 'of at least') : issue.inclusive === false ? 'less than' : 'of at most';
    return { file: where.file, field, found, fix: `write a number ${bound} ${limit}` };
  }
  if (issue.code === 'invalid_value' && issue.values?.length) {
    const values = [...new Set(issue.values.map(String))];
    if ([...values].sort().join() === 'false,true') return { file: where.file, field, found, fix: 'write true or false' };
    return { file: where.file, field, found: `${found}${typeof issue.input === 'string' ? suggest(issue.input, values) : ''}`, fix: values.length === 1 ? `write ${values[0]}` : `use one of: ${values.join(', ')}` };
  }
  if (issue.code === 'invalid_type' && issue.expected === 'object' && Array.isArray(issue.input)) {
    if (!key) return { file: where.file, field, found, fix: 'write the fields as name: value lines, with no "- " before them' };
    return { file: where.file, field, found, fix: `remove the "- " before its first field: ${key} is one group of fields, indented under it, not a list` };
  }
  if (issue.code === 'invalid_type' && issue.expected) {
    return { file: where.file, field, found, fix: `write ${issue.expected === 'int' ? 'a whole number' : KIND[issue.expected] ?? issue.expected}` };
  }
  return { file: where.file, field, found, fix: issue.message };
}
