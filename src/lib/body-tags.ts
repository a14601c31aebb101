/**
 * Mistakes in the tags and headings of an explainer's MDX body that the editor must fix in that
 * file: a tag the authors' kit does not have, a kit name in lower case, a level-1 heading, a
 * heading the contents would list twice, an image without alt text, a box with nothing in it. Checked
 * while pages render (src/data/explainers.ts), and before the build starts for an English page
 * with a Spanish translation (translation-shape.ts), where comparing the translation with the
 * mistake would otherwise blame the Spanish page for it.
 */
import { AUTHORS_KIT, unknownComponents } from './authors-kit';
import { runsOn } from './citations';
import type { ContentProblem } from './errors';
import { pageBody, withoutCodeFences } from './mdx-body';
import { levelOneHeadings, repeatedHeadings, skippedHeadingLevels } from './toc';

/** The problems of `body` (of `file`, its first line being line `firstLine` of the file). */
export function bodyTagProblems(file: string, body: string, firstLine: number): ContentProblem[] {
  const problems: ContentProblem[] = unknownComponents(body).map((tag) => {
    const line = firstLine + tag.line - 1;
    return tag.miscased
      ? {
          file,
          field: `<${tag.name}>`,
          found: `<${tag.name}> (line ${line}) is a plain HTML tag, not the kit's <${tag.nearest}>: tag names are case-sensitive, so the page would show nothing of it`,
          fix: `write <${tag.nearest}>, with its capital, as CONTRIBUTING.md ("The authors' kit") shows`,
        }
      : {
          file,
          field: `<${tag.name}>`,
          found: `<${tag.name}> (line ${line}) is not in the authors' kit${tag.nearest ? ` (did you mean <${tag.nearest}>?)` : ''}`,
          fix: `use one of ${AUTHORS_KIT.map((name) => `<${name}>`).join(', ')}; CONTRIBUTING.md ("The authors' kit") shows each`,
        };
  });
  for (const heading of levelOneHeadings(body)) {
    problems.push({ file, field: 'body', found: `a level-1 heading: ${heading}`, fix: "the title is the page's only h1: start each section with ## and each part of one with ###" });
  }
  for (const { heading, line, under } of skippedHeadingLevels(body)) {
    const level = '#'.repeat(under + 1);
    problems.push({ file, field: 'body', found: `${heading} (line ${firstLine + line - 1}) comes under a ${'#'.repeat(under)} heading${under === 1 ? ' (the title)' : ''}, a level skipped`, fix: `headings go down one level at a time: write ${level} here${under + 1 === 2 ? ' (a section)' : ''}` });
  }
  for (const { heading, lines } of repeatedHeadings(body)) {
    problems.push({ file, field: 'body', found: `the heading "${heading}" is written ${lines.length} times (lines ${lines.map((line) => firstLine + line - 1).join(', ')}): the contents would list it ${lines.length} times in the same words, each leading somewhere else`, fix: 'give each its own words, saying what is in that part, or join the parts under one heading' });
  }
  problems.push(...tableProblems(file, withoutCodeFences(body), firstLine));
  return [...problems, ...imageAltProblems(file, withoutCodeFences(body), firstLine), ...emptyBoxes(file, withoutCodeFences(body), firstLine)];
}

/** A line of a Markdown table: it starts with "|". */
const TABLE_ROW = /^ {0,3}\|/;
/** The line under a table's header: cells of dashes, "| --- | :--: |". */
const DELIMITER_ROW = /^ {0,3}\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

/**
 * Tables that are not: rows of "|" cells with no header row and line of dashes under it, which
 * Markdown shows as a paragraph of text with the "|" marks in it, and a header row with no words,
 * which leaves every column unnamed for a screen reader. Both built without a word.
 */
function tableProblems(file: string, body: string, firstLine: number): ContentProblem[] {
  const lines = body.split('\n');
  const problems: ContentProblem[] = [];
  lines.forEach((line, index) => {
    if (!TABLE_ROW.test(line) || TABLE_ROW.test(lines[index - 1] ?? '')) return;
    const at = firstLine + index;
    if (!DELIMITER_ROW.test(lines[index + 1] ?? '')) {
      problems.push({ file, field: 'table', found: `rows of "|" cells with no header row and line of dashes under it (line ${at}): the page would show them as text, "|" marks and all`, fix: 'start the table with a row naming each column, then a line like | --- | --- |, one --- for each column' });
    } else if (!line.replace(/[|\s]/g, '')) {
      problems.push({ file, field: 'table', found: `a header row with no words (line ${at}): the columns would have no names, on the page or for a screen reader`, fix: 'name each column in the first row' });
    }
  });
  return problems;
}

/** Kit boxes that hold their text between their tags. */
const BOXES = ['Callout', 'Account', 'AccountsDiffer'];

/** A box with nothing in it (`<Callout … />`, or its tags with only space between): it built, and showed an empty box. */
function emptyBoxes(file: string, body: string, firstLine: number): ContentProblem[] {
  const lineOf = (index: number) => firstLine + body.slice(0, index).split('\n').length - 1;
  const pattern = new RegExp(`<(${BOXES.join('|')})\\b(?:[^>"']|"[^"]*"|'[^']*')*?(?:\\/>|>\\s*<\\/\\1\\s*>)`, 'g');
  return [...body.matchAll(pattern)].map((match) => ({
    file,
    field: `<${match[1]}>`,
    found: `${match[0].replace(/\s+/g, ' ')} (line ${lineOf(match.index)}) holds nothing, and would show an empty box`,
    fix: `put its text between <${match[1]} …> and </${match[1]}>, or remove it`,
  }));
}

/** Images without alt text: a Markdown image with empty brackets, an <img> or a <Figure src> with no alt. */
function imageAltProblems(file: string, body: string, firstLine: number): ContentProblem[] {
  const lineOf = (index: number) => firstLine + body.slice(0, index).split('\n').length - 1;
  return [
    ...[...body.matchAll(/!\[\s*\]\(([^)]*)\)/g)].map((match) => ({ file, field: 'image', found: `![](${match[1]}) (line ${lineOf(match.index)}) has no alt text`, fix: 'describe the image in the brackets: ![What the image shows](…)' })),
    ...[...body.matchAll(/<(?:img\b|Figure\b(?=[^>]*\bsrc=))(?![^>]*\balt=)[^>]*>/g)].map((match) => ({ file, field: 'image', found: `${match[0]} (line ${lineOf(match.index)}) has no alt attribute`, fix: 'add alt="What the image shows" (alt="" only if purely decorative)' })),
  ];
}

/**
 * Tag attributes opened with a typographer's quote (`title=“A title”`), as a word processor or a
 * phone's keyboard types them, in a page's whole `text`. MDX cannot read the tag, and says only
 * "Unexpected character after '<', expected a valid JSX tag": checked before the build starts.
 */
export function curlyQuotedAttributes(file: string, text: string): ContentProblem[] {
  const { body, firstLine } = pageBody(text);
  return body.split('\n').flatMap((line, index) =>
    [...line.matchAll(/<([A-Za-z][\w.]*)\b[^>]*?\s([A-Za-z][\w-]*)=([“”‘’«])/g)].map(([, tag, attribute, quote]) => ({
      file,
      field: `<${tag}> ${attribute}`,
      found: `${attribute}=${quote}… (line ${firstLine + index}) opens its value with a typographer's quote, which MDX cannot read ("Unexpected character after '<'")`,
      fix: `type straight quotes around the value: ${attribute}="…"`,
    })),
  );
}

/**
 * A quoted attribute left open (`<Cite id="a, b />`): MDX reads on to the next quote, on its line
 * or lines later, and builds, with the tags and words between taken for the value (a note citing
 * "/>" and "Rivers"). A value holding a tag's "/>" or "<" is one (runsOn). Checked before the
 * build starts, in a page's whole `text`, with the line the quote opened on.
 */
export function unclosedAttributeQuotes(file: string, text: string): ContentProblem[] {
  const { body, firstLine } = pageBody(text);
  const lineOf = (index: number) => firstLine + body.slice(0, index).split('\n').length - 1;
  return [...body.matchAll(/<([A-Z][\w.]*)\b[^<>"]*?\s([A-Za-z][\w-]*)="([^"]*)"/g)]
    .filter(([, , , value]) => runsOn(value))
    .map((match) => {
      const [, tag, attribute, value] = match;
      return {
        file,
        field: `<${tag}> ${attribute}`,
        found: `${attribute}="${value.split(/\s*\/>/)[0]}… (line ${lineOf(match.index)}) has no closing quote: MDX reads on to the next quote, taking the text between for its value`,
        fix: `close the value with a straight quote on its line: ${attribute}="…"`,
      };
    });
}

/**
 * Characters MDX reads as code in a page's text (its whole `text`; code fences and spans left out):
 * a `{`, which starts an expression ("{about}" fails the build with "about is not defined", naming
 * no file), and a `<` before a digit, a space or "=", which starts a tag ("<5"). Both are
 * written escaped, \{ and \<. Checked before the build starts; attribute values (width={800}) and
 * {/* comments *\/} are MDX, not text.
 */
export function mdxTextTraps(file: string, text: string): ContentProblem[] {
  const { body, firstLine } = pageBody(text);
  return body.split('\n').flatMap((line, index) => {
    const where = `line ${firstLine + index}`;
    const plain = line.replace(/`[^`]*`/g, (span) => ' '.repeat(span.length));
    const problems: ContentProblem[] = [];
    for (const match of plain.matchAll(/(?<![\\=]\s*)\{(?!\/\*)/g)) {
      problems.push({ file, field: 'body', found: `"{" (${where}: ${excerpt(line, match.index)}), which MDX reads as the start of code: the build would stop with an error naming no file`, fix: 'write \\{ and \\} for braces in the text, or use parentheses' });
    }
    for (const match of plain.matchAll(/(?<!\\)<(?=[\d\s=])/g)) {
      problems.push({ file, field: 'body', found: `"<" before a number or a space (${where}: ${excerpt(line, match.index)}), which MDX reads as the start of a tag`, fix: 'write \\< (or words: "fewer than 5")' });
    }
    return problems;
  });
}

/** A few words of `line` around `index`, for a message. */
function excerpt(line: string, index: number): string {
  const start = Math.max(0, index - 20);
  return `${start > 0 ? '…' : ''}${line.slice(start, index + 20).trim()}${index + 20 < line.length ? '…' : ''}`;
}

/** Kit components written as one tag, closed with "/>" (<Cite id="…" />): the rest hold text between their tags. */
const ONE_TAG = new Set(['Cite', 'Figure', 'Glossary', 'LocatorMap', 'SingleSource', 'Timeline']);

/**
 * Kit tags left open in a page's whole `text`: `<Cite id="…">` without its "/>", a `<Callout>` with
 * no `</Callout>`, and a closing tag that closes nothing. MDX stops at the first in the whole site,
 * with "Expected a closing tag for <Cite>" and a stack trace: each page's are named here, before the
 * build starts, with their lines and the tag to write. Left to unclosedAttributeQuotes when a quote
 * is open, which makes the tags unreadable.
 */
export function unclosedKitTags(file: string, text: string): ContentProblem[] {
  if (unclosedAttributeQuotes(file, text).length) return [];
  const { body, firstLine } = pageBody(text);
  const lineOf = (index: number) => firstLine + body.slice(0, index).split('\n').length - 1;
  const tag = new RegExp(`<(/?)(${AUTHORS_KIT.join('|')})\\b((?:[^>"'{}]|"[^"]*"|'[^']*'|\\{[^{}]*\\})*)>`, 'g');
  const open: { name: string; written: string; line: number }[] = [];
  const problems: ContentProblem[] = [];
  const unclosed = ({ name, written, line }: (typeof open)[number]): ContentProblem =>
    ONE_TAG.has(name)
      ? { file, field: `<${name}>`, found: `${written} (line ${line}) is not closed`, fix: `end it with />: ${written.replace(/\s*>$/, ' />')}` }
      : { file, field: `<${name}>`, found: `${written} (line ${line}) has no </${name}>`, fix: `write </${name}> after its text, before the next heading or box` };
  for (const match of body.matchAll(tag)) {
    const [written, closing, name, attributes] = match;
    const line = lineOf(match.index);
    if (!closing && attributes.trimEnd().endsWith('/')) continue;
    if (!closing) {
      open.push({ name, written: written.replace(/\s+/g, ' '), line });
      continue;
    }
    const at = open.map((tagOpen) => tagOpen.name).lastIndexOf(name);
    if (at === -1) {
      problems.push({ file, field: `</${name}>`, found: `</${name}> (line ${line}) closes no <${name}>`, fix: `remove it, or open the box it ends with <${name} …> before its text` });
      continue;
    }
    // Tags opened inside this one and never closed end with it.
    problems.push(...open.splice(at).slice(1).map(unclosed));
  }
  return [...problems, ...open.map(unclosed)].sort((a, b) => Number(/\(line (\d+)\)/.exec(a.found)?.[1]) - Number(/\(line (\d+)\)/.exec(b.found)?.[1]));
}
