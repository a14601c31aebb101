import { describe, expect, it } from 'vitest';
import { bodyTagProblems, curlyQuotedAttributes, mdxTextTraps, unclosedAttributeQuotes, unclosedKitTags } from '../../src/lib/body-tags';

describe("a body's tags and headings", () => {
  it('names a tag the kit does not have, a kit name in lower case and a level-1 heading, with lines counted in the file', () => {
    const problems = bodyTagProblems('p.mdx', '# Title\n\nA fact.<cite id="a" />\n\n<Callot type="note">x</Callot>', 10);
    expect(problems.map((problem) => [problem.field, problem.found])).toEqual([
      ['<cite>', "<cite> (line 12) is a plain HTML tag, not the kit's <Cite>: tag names are case-sensitive, so the page would show nothing of it"],
      ['<Callot>', "<Callot> (line 14) is not in the authors' kit (did you mean <Callout>?)"],
      ['body', 'a level-1 heading: # Title'],
    ]);
    expect(bodyTagProblems('p.mdx', '## Section\n\nA fact.<Cite id="a" />\n\n![A map](/m.png)\n\n```mdx\n# An example\n<cite />\n![](/x.png)\n```', 1)).toEqual([]);
  });

  it('names rows of "|" cells with no header row, and a header row with no words, with their lines; passes a table and code', () => {
    const table = '| Year | Count |\n| --- | :-: |\n| 2024 | 5 |';
    expect(bodyTagProblems('p.mdx', `## A\n\n${table}\n\n\`\`\`\n| a | b |\n\`\`\``, 1)).toEqual([]);
    expect(bodyTagProblems('p.mdx', '## A\n\n| 2024 | 5 |\n| 2025 | 6 |\n\n|  |  |\n|---|---|\n| x | y |', 10).map((problem) => problem.found)).toEqual([
      'rows of "|" cells with no header row and line of dashes under it (line 12): the page would show them as text, "|" marks and all',
      'a header row with no words (line 15): the columns would have no names, on the page or for a screen reader',
    ]);
  });

  it('names a heading that skips a level, with its line and the level to write', () => {
    expect(bodyTagProblems('p.mdx', '## Section\n\n#### Detail\n', 40).map((problem) => [problem.found, problem.fix])).toEqual([
      ['#### Detail (line 42) comes under a ## heading, a level skipped', 'headings go down one level at a time: write ### here'],
    ]);
    expect(bodyTagProblems('p.mdx', '### First\n', 1).map((problem) => problem.fix)).toEqual(['headings go down one level at a time: write ## here (a section)']);
  });

  it('names a heading the contents would list twice, with its lines counted in the file', () => {
    const problems = bodyTagProblems('p.mdx', '## Background\n\nA fact.\n\n## Background\n', 20);
    expect(problems.map((problem) => [problem.field, problem.found])).toEqual([
      ['body', 'the heading "## Background" is written 2 times (lines 20, 24): the contents would list it 2 times in the same words, each leading somewhere else'],
    ]);
  });

  it('names an image without alt text, Markdown or a tag, with its line', () => {
    const problems = bodyTagProblems('p.mdx', '## Section\n\n![](/map.png)\n\n<Figure src="/m.png" width={8} height={8} caption="A map." cite="a" />', 5);
    expect(problems.map((problem) => problem.found)).toEqual(['![](/map.png) (line 7) has no alt text', '<Figure src="/m.png" width={8} height={8} caption="A map." cite="a" /> (line 9) has no alt attribute']);
  });
});

describe('boxes with nothing in them', () => {
  it('names a self-closing callout and a callout or account with only space inside, with its line, and leaves full ones and code alone', () => {
    const body = ['## Section', '', '<Callout type="note" title="Counts vary" />', '', '<Callout type="analysis">', '', '</Callout>', '', '<Callout type="note">Full.</Callout>', '<Account label="A" cite="x"></Account>', '', '```mdx', '<Callout type="note" />', '```'].join('\n');
    expect(bodyTagProblems('p.mdx', body, 10).map((problem) => [problem.field, problem.found])).toEqual([
      ['<Callout>', '<Callout type="note" title="Counts vary" /> (line 12) holds nothing, and would show an empty box'],
      ['<Callout>', '<Callout type="analysis"> </Callout> (line 14) holds nothing, and would show an empty box'],
      ['<Account>', '<Account label="A" cite="x"></Account> (line 19) holds nothing, and would show an empty box'],
    ]);
  });
});

describe('attributes in curly quotes', () => {
  it('names each, with its tag, attribute and line, and leaves straight quotes, prose and code alone', () => {
    const text = '---\ntitle: T\n---\n\n<Callout type="analysis" title=“Reading the accounts”>\nHe said “yes”: a=“b” in prose.\n</Callout>\n\n<Account label=‘Mexico’ cite="a">x</Account>\n\n```mdx\n<Callout title=“An example”>\n```';
    const problems = curlyQuotedAttributes('content/explainers/p.mdx', text);
    expect(problems.map((problem) => [problem.field, problem.found])).toEqual([
      ['<Callout> title', 'title=“… (line 5) opens its value with a typographer\'s quote, which MDX cannot read ("Unexpected character after \'<\'")'],
      ['<Account> label', 'label=‘… (line 9) opens its value with a typographer\'s quote, which MDX cannot read ("Unexpected character after \'<\'")'],
    ]);
    expect(problems[0].fix).toBe('type straight quotes around the value: title="…"');
  });
});

describe('characters MDX reads as code in the text', () => {
  it('names a brace or a "<" before a number or space, with its line, and leaves escapes, attribute values, comments and code alone', () => {
    const text = '---\ntitle: T\n---\n\nWhat {about} this?\n\nFewer than <5 crossings, and a <= b.\n\nEscaped: \\{x\\} and \\<5; <Figure width={800} /> {/* a note */} `a {b} <5` and <Cite id="a" />.\n\n```mdx\n{code}\n```';
    expect(mdxTextTraps('content/explainers/p.mdx', text).map((problem) => problem.found)).toEqual([
      '"{" (line 5: What {about} this?), which MDX reads as the start of code: the build would stop with an error naming no file',
      '"<" before a number or a space (line 7: Fewer than <5 crossings, and a…), which MDX reads as the start of a tag',
      '"<" before a number or a space (line 7: …<5 crossings, and a <= b.), which MDX reads as the start of a tag',
    ]);
  });
});

describe('an attribute left without its closing quote', () => {
  it('names the tag, the attribute and the line the quote opened on, and leaves closed values, multi-line ones with no tag in them, and prose alone', () => {
    const text = ['---', 'title: T', '---', '', 'A fact.<Cite id="ap, noroeste />', '', '<LocatorMap />', '', '### Monuments', '', 'More.<Cite id="ap" /> He said "yes" then.', '<Callout type="note" title="A long', 'title">x</Callout>'].join('\n');
    expect(unclosedAttributeQuotes('content/explainers/p.mdx', text).map((problem) => [problem.field, problem.found])).toEqual([
      ['<Cite> id', 'id="ap, noroeste… (line 5) has no closing quote: MDX reads on to the next quote, taking the text between for its value'],
    ]);
    // Closed by the next tag's quote on the same line.
    const sameLine = '---\ntitle: T\n---\nA.<Cite id="ap, efe /> Then.<Cite id="xinhua" />';
    expect(unclosedAttributeQuotes('p.mdx', sameLine).map((problem) => problem.found)).toEqual(['id="ap, efe… (line 4) has no closing quote: MDX reads on to the next quote, taking the text between for its value']);
  });
});

describe('kit tags left open, before the build starts', () => {
  const page = (body: string) => `---\ntitle: T\n---\n\n${body}\n`;
  const found = (body: string) => unclosedKitTags('p.mdx', page(body)).map((problem) => [problem.found, problem.fix]);

  it('pass one-tag components closed with />, boxes closed with their tag, nested ones, and tags in code', () => {
    expect(found('A fact.<Cite id="a" />\n\n<AccountsDiffer title="Where">\n  <Account label="A" cite="a">Here <Term id="x">X</Term>.</Account>\n</AccountsDiffer>\n\n<Figure src="/m.png" alt="A > B" width={10} height={10} caption="C" cite="a" />\n\n```mdx\n<Callout type="note">\n```')).toEqual([]);
  });

  it('name a one-tag component without its />, with the tag to write', () => {
    expect(found('A fact.<Cite id="ap-2025-06-09">\n\nMore.')).toEqual([['<Cite id="ap-2025-06-09"> (line 5) is not closed', 'end it with />: <Cite id="ap-2025-06-09" />']]);
  });

  it('name a box never closed, one closed inside another left open, and a closing tag that closes nothing, each with its line', () => {
    expect(found('<Callout type="note">\nText.\n\n## Next')).toEqual([['<Callout type="note"> (line 5) has no </Callout>', 'write </Callout> after its text, before the next heading or box']]);
    expect(found('<AccountsDiffer title="W">\n<Account label="A" cite="a">Here.\n</AccountsDiffer>\n\nText.</Callout>').map(([text]) => text)).toEqual([
      '<Account label="A" cite="a"> (line 6) has no </Account>',
      '</Callout> (line 9) closes no <Callout>',
    ]);
  });

  it('leave a page with a quote left open to that check', () => {
    expect(found('A fact.<Cite id="a />\n\n<Callout type="note">')).toEqual([]);
  });
});
