/**
 * A deterministic generator of explainer pages for build benchmarks. Each
 * page keeps the frontmatter of a real explainer (so it passes every content
 * check: sources, takeaways, brief) with a new title, summary and order, and
 * a body of realistic prose: sections, paragraphs and callouts, with every
 * declared source cited. The same seed gives the same pages, byte for byte.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

/** A small, fast seeded PRNG (mulberry32): the same seed gives the same sequence. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Template {
  frontmatter: Record<string, unknown>;
  sources: string[];
}

/** Splits an MDX file into its frontmatter object and body. */
function splitMdx(text: string): { frontmatter: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error('not an MDX file with frontmatter');
  return { frontmatter: parse(match[1]) as Record<string, unknown>, body: match[2] };
}

/** The words of the real explainers (markup stripped), as the vocabulary for generated prose. */
function vocabulary(explainerDir: string): string[] {
  const words = new Set<string>();
  for (const file of readdirSync(explainerDir).filter((f) => f.endsWith('.mdx')).sort()) {
    const { body } = splitMdx(readFileSync(join(explainerDir, file), 'utf8'));
    const prose = body.replace(/<[^>]+>/g, ' ').replace(/\{[^}]*\}/g, ' ').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    for (const word of prose.match(/\p{L}{3,}/gu) ?? []) words.add(word.toLowerCase());
  }
  return [...words].sort();
}

/** The real explainers whose frontmatter generated pages reuse, in file order. */
function templates(explainerDir: string): Template[] {
  return readdirSync(explainerDir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const { frontmatter } = splitMdx(readFileSync(join(explainerDir, file), 'utf8'));
      const sources = (frontmatter.sources as string[]) ?? [];
      return { frontmatter, sources };
    })
    .filter((t) => t.sources.length > 0 && !t.frontmatter.draft);
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A generated MDX page: frontmatter from `template`, a fresh title, summary and body. */
export function generatePage(index: number, template: Template, words: string[]): string {
  const next = random(index * 7919 + 17);
  const pick = () => words[Math.floor(next() * words.length)];
  const phrase = (n: number) => Array.from({ length: n }, pick).join(' ');
  const sentence = (n: number) => `${capitalise(phrase(n))}.`;
  const number = String(index).padStart(4, '0');

  const title = `Generated explainer ${number}: ${capitalise(phrase(4))}`.slice(0, 90);
  const summary = `${sentence(14)} ${sentence(12)}`.slice(0, 270);
  const frontmatter: Record<string, unknown> = { ...template.frontmatter, title, summary, order: 1000 + index, terms: [] };
  delete frontmatter.shortTitle;

  // Cite every declared source at least once, in turn, one or two per paragraph.
  const ids = [...template.sources];
  const sections: string[] = [];
  const paragraphs = 15;
  const perParagraph = Math.max(1, Math.ceil(ids.length / paragraphs));
  let cited = 0;
  for (let s = 0; s < 5; s++) {
    const blocks = [`## ${capitalise(phrase(3 + Math.floor(next() * 3)))}`];
    for (let p = 0; p < 3; p++) {
      const cites = ids.slice(cited, cited + perParagraph);
      cited += cites.length;
      // Joined to the sentence's full stop, as CONTRIBUTING asks (a space before <Cite> fails the build).
      const cite = cites.length ? `<Cite id="${cites.join(', ')}" />` : `<Cite id="${ids[Math.floor(next() * ids.length)]}" />`;
      blocks.push(Array.from({ length: 4 + Math.floor(next() * 3) }, () => sentence(9 + Math.floor(next() * 10))).join(' ') + cite);
    }
    if (s % 2 === 1) blocks.push(`<Callout type="note" title="${capitalise(phrase(3))}">\n${sentence(16)}<Cite id="${ids[s % ids.length]}" />\n</Callout>`);
    sections.push(blocks.join('\n\n'));
  }
  return `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${sections.join('\n\n')}\n`;
}

/** Writes `count` generated explainers into `projectDir`/content/explainers; returns their file names. */
export function generateExplainers(projectDir: string, count: number, outDir = join(projectDir, 'content/explainers')): string[] {
  const source = join(projectDir, 'content/explainers');
  const words = vocabulary(source);
  const pool = templates(source);
  mkdirSync(outDir, { recursive: true });
  const files: string[] = [];
  for (let i = 1; i <= count; i++) {
    const name = `generated-${String(i).padStart(4, '0')}.mdx`;
    writeFileSync(join(outDir, name), generatePage(i, pool[i % pool.length], words));
    files.push(name);
  }
  return files;
}
