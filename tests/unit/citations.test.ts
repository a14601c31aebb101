import { describe, expect, it } from 'vitest';
import { checkPageCitations, countCitations, scanBody, splitIds, shortPublisher, timelineSlice, type PageCitationInput } from '../../src/lib/citations';

const data = {
  timeline: [
    { id: 'e1', date: '2025-06-02', cite: ['quadratin'] },
    { id: 'e2', date: '2025-06-08', cite: ['ap', 'noroeste'] },
    { id: 'e3', date: '2026-01', cite: ['efe'] },
  ],
  glossary: [{ id: 'ganseg', cite: ['horas'] }],
};

function input(overrides: Partial<PageCitationInput> = {}): PageCitationInput {
  return {
    file: 'content/explainers/page.mdx',
    body: 'Text.<Cite id="ap" /> More.<Cite id="noroeste, ap" />',
    declared: ['ap', 'noroeste'],
    takeaways: [['ap']],
    brief: [['noroeste']],
    declaredTerms: [],
    knownSources: new Set(['ap', 'noroeste', 'efe', 'quadratin', 'horas']),
    knownTerms: new Set(['ganseg']),
    data,
    ...overrides,
  };
}

describe('splitIds', () => {
  it('splits on commas and spaces and drops empties', () => {
    expect(splitIds(' a, b  c,,')).toEqual(['a', 'b', 'c']);
  });
});

describe('scanBody', () => {
  it('lists cited ids in order of first appearance', () => {
    const body = '<Cite id="b" /> x <Cite id="a, b" /> <Account label="L" cite="c">t</Account>';
    expect(scanBody(body, data).ids).toEqual(['b', 'a', 'c']);
  });

  it('counts every occurrence', () => {
    expect(scanBody('<Cite id="a" /><Cite id="a" />', data).occurrences).toEqual(['a', 'a']);
  });

  it('expands <Timeline> into the sources of the events it shows', () => {
    expect(scanBody('<Timeline />', data).ids).toEqual(['quadratin', 'ap', 'noroeste', 'efe']);
    expect(scanBody('<Timeline from="2025-06-05" to="2025-12" />', data).ids).toEqual(['ap', 'noroeste']);
  });

  it('expands <Glossary> and collects <Term> ids', () => {
    const result = scanBody('<Glossary /> <Term id="ganseg">GANSEG</Term>', data);
    expect(result.ids).toEqual(['horas']);
    expect(result.terms).toEqual(['ganseg']);
  });

  it('ignores tags inside fenced code', () => {
    expect(scanBody('```mdx\n<Cite id="x" />\n```\n<Cite id="y" />', data).ids).toEqual(['y']);
  });

  it('reports a citation whose id is not a literal string', () => {
    expect(scanBody('<Cite id={ids} />', data).unreadable).toEqual(['<Cite id={ids} />']);
    expect(scanBody('<Cite id={ids} />', data).sourceless).toEqual([]);
  });

  it('reports tags that must name a source and name none', () => {
    const result = scanBody('<Cite /> <Account label="x">a</Account> <Figure caption="y">b</Figure> <Account label="z" cite="ap">c</Account>', data);
    expect(result.sourceless).toEqual(['<Cite />', '<Account label="x">', '<Figure caption="y">']);
    expect(result.unreadable).toEqual([]);
    expect(result.ids).toEqual(['ap']);
  });

  it('reads a tag whose quoted value holds a ">"', () => {
    const result = scanBody('<Figure caption="Arrivals > 500" cite="ap">x</Figure>', data);
    expect(result.ids).toEqual(['ap']);
    expect(result.sourceless).toEqual([]);
  });
});

describe('timelineSlice', () => {
  it('keeps a month-precision event inside a month range', () => {
    expect(timelineSlice(data.timeline, '2026-01', '2026-01').map((e) => e.id)).toEqual(['e3']);
  });

  it('takes an unbroken run of the timeline, by where each event is listed, a month-only one after its days unless listed at one', () => {
    // In timeline order (compareListed): 2 June, 8 June, June listed at 10 June, 13 June, June, 2025.
    const timeline = [
      { id: 'ambush', date: '2025-06-02' },
      { id: 'shooting', date: '2025-06-08' },
      { id: 'investigated', date: '2025-06', listedAt: '2025-06-10' },
      { id: 'dismissed', date: '2025-06-13' },
      { id: 'june', date: '2025-06' },
      { id: 'year', date: '2025' },
    ];
    const ids = (from?: string, to?: string) => timelineSlice(timeline, from, to).map((event) => event.id);
    expect(ids('2025-06', '2025-06')).toEqual(['ambush', 'shooting', 'investigated', 'dismissed', 'june']);
    expect(ids('2025-06-05', '2025-06-10')).toEqual(['shooting', 'investigated']);
    expect(ids('2025-06-11')).toEqual(['dismissed', 'june', 'year']);
    expect(ids(undefined, '2025-06-09')).toEqual(['ambush', 'shooting']);
    expect(ids('2025', '2025')).toEqual(timeline.map((event) => event.id));
    expect(ids('', '')).toEqual(timeline.map((event) => event.id));
  });
});

describe('countCitations', () => {
  it('counts once per id per mark', () => {
    expect([...countCitations(['a', 'b', 'a'])]).toEqual([['a', 2], ['b', 1]]);
  });
});

describe('checkPageCitations', () => {
  it('numbers takeaways first, then the body', () => {
    const result = checkPageCitations(input({ takeaways: [['noroeste']] }));
    expect(result.order).toEqual(['noroeste', 'ap']);
    expect(result.problems).toEqual([]);
  });

  it('fails on a space or line break before a <Cite>, quoting the words before it, and accepts one joined to its word', () => {
    const problems = checkPageCitations(input({ body: 'Five officers died <Cite id="ap" /> in June.\nThey were\n<Cite id="noroeste" /> named.\n\n<Cite id="ap" /> opens a paragraph.', firstLine: () => 20 })).problems;
    expect(problems.map((p) => [p.field, p.found])).toEqual([['body', 'a space before <Cite> (2): …Five officers died <Cite (line 20); …They were <Cite (line 22)']]);
    expect(problems[0].fix).toMatch(/right after its word or punctuation, e.g. died\.<Cite id="…" \/>/);
    expect(checkPageCitations(input({ body: 'Five officers died.<Cite id="ap" /> Then<Cite id="noroeste" />, later.' })).problems).toEqual([]);
  });

  it('fails on a note before its full stop, which every page puts after it, quoting the words before it', () => {
    const problems = checkPageCitations(input({ body: 'Five officers died<Cite id="ap" />.\nOne was named<Cite id="noroeste" /><SingleSource />.' })).problems;
    expect(problems.map((p) => [p.field, p.found])).toEqual([['body', 'a note before its full stop (2): …Five officers died<Cite (line 1); …One was named<Cite (line 2)']]);
    expect(problems[0].fix).toMatch(/after the full stop, e\.g\. died\.<Cite id="…" \/>/);
  });

  it('fails on a <Timeline> whose dates are not dates, or that would show no event', () => {
    const problemsOf = (body: string) => checkPageCitations(input({ body: `${body} Text.<Cite id="ap" /> More.<Cite id="noroeste, ap" />` })).problems.map((p) => [p.field, p.found]);
    expect(problemsOf('<Timeline from="2025-13" />')).toEqual([['<Timeline from="2025-13" />', 'from="2025-13" is not a date']]);
    expect(problemsOf('<Timeline from="June 2025" to="2025-6" />')).toEqual([['<Timeline from="June 2025" to="2025-6" />', 'from="June 2025" is not a date; to="2025-6" is not a date']]);
    expect(problemsOf('<Timeline from="2025-08" to="2025-06" />')).toEqual([['<Timeline from="2025-08" to="2025-06" />', 'no event falls within its dates']]);
    expect(problemsOf('<Timeline from="2025-06-08" to="2025-06" />')).toEqual([]);
    expect(checkPageCitations(input({ body: '<Timeline from="2030" />' })).problems[0].fix).toMatch(/YYYY, YYYY-MM or YYYY-MM-DD, with from before to/);
  });

  it('fails on a <Cite> without id or with an empty one (it showed "[]"), or an <Account> or <Figure> without cite, with its line and the attribute to add', () => {
    const { problems } = checkPageCitations(input({ body: 'Died.<Cite /> <Account label="In Mexico">Four died.</Account>\n<Figure caption="Map">x</Figure> Text.<Cite id="ap, noroeste" />\n\nFell.<Cite id="" />', firstLine: () => 10 }));
    expect(problems.map((p) => [p.field, p.found])).toEqual([
      ['body', '<Cite /> (line 10) names no source'],
      ['body', '<Account label="In Mexico"> (line 10) names no source'],
      ['body', '<Figure caption="Map"> (line 11) names no source'],
      ['body', '<Cite id="" /> (line 13) names no source'],
    ]);
    expect(problems.map((p) => p.fix.split(', e.g. ')[1])).toEqual(['<Cite id="ap-2025-06-09" />', '<Account label="In Mexico" cite="ap-2025-06-09">', '<Figure caption="Map" cite="ap-2025-06-09">', '<Cite id="ap-2025-06-09" />']);
    expect(problems[0].fix).toMatch(/^give it id="source-id" with the id\(s\) of the source\(s\) behind it, from content\//);
  });

  it('says which attribute to rename when the ids are there under another name', () => {
    const { problems } = checkPageCitations(input({ body: 'Died.<Cite source="ap" /> <Account label="In Mexico" id="noroeste, ap">Four died.</Account> Text.<Cite id="ap, noroeste" />' }));
    expect(problems.map((p) => p.fix)).toEqual(['write id= where it says source=: <Cite id="ap" />', 'write cite= where it says id=: <Account label="In Mexico" cite="noroeste, ap">']);
  });

  it('fails on an unknown source id, naming the file and suggesting the nearest id', () => {
    const { problems } = checkPageCitations(input({ body: '<Cite id="noroest" />', declared: ['ap'] }));
    expect(problems[0]).toMatchInlineSnapshot(`
      {
        "field": "citation",
        "file": "content/explainers/page.mdx",
        "fix": "use an id from content/sources/sources.yaml (did you mean "noroeste"?), or add the source there",
        "found": "unknown source id "noroest"",
      }
    `);
  });

  it('fails when a cited source is not listed in `sources`', () => {
    const { problems } = checkPageCitations(input({ declared: ['ap'] }));
    expect(problems.map((p) => [p.field, p.found])).toEqual([['sources', 'cited but not listed: noroeste']]);
  });

  it('fails when a listed source is never cited', () => {
    const { problems } = checkPageCitations(input({ declared: ['ap', 'noroeste', 'efe'] }));
    expect(problems.map((p) => [p.field, p.found])).toEqual([['sources', 'listed but never cited: efe']]);
  });

  it('fails when the brief cites a source the page does not', () => {
    const { problems } = checkPageCitations(input({ brief: [['efe']], declared: ['ap', 'noroeste', 'efe'] }));
    expect(problems.map((p) => p.field)).toEqual(['brief']);
  });

  it('fails on unknown or undeclared glossary terms', () => {
    const unknown = checkPageCitations(input({ body: '<Cite id="ap" /><Cite id="noroeste" /><Term id="gansg">x</Term>' }));
    expect(unknown.problems[0].found).toBe('unknown glossary id "gansg"');
    const placed = checkPageCitations(input({ body: '<Cite id="ap" /><Cite id="noroeste" /><Term id="gansg">x</Term>', whereIs: (id) => (id === 'gansg' ? ['body, line 31'] : []) }));
    expect(placed.problems[0].found).toBe('unknown glossary id "gansg" (body, line 31)');
    const undeclared = checkPageCitations(input({ body: '<Cite id="ap" /><Cite id="noroeste" /><Term id="ganseg">x</Term>' }));
    expect(undeclared.problems[0].field).toBe('terms');
  });

  it('counts citation marks from takeaways and body', () => {
    expect(checkPageCitations(input()).counts.get('ap')).toBe(3);
  });
});

describe('the outlet named in a note\'s accessible name', () => {
  it.each([
    ['Associated Press (syndicated copy on daily8.com; also mirrored as "Independent 09-06-2025")', 'Associated Press'],
    ['Emisoras Unidas (Guatemala), EFE text', 'Emisoras Unidas'],
    ['El Universal, via Pulso (San Luis Potosí)', 'El Universal'],
    ['EFE via ABC Color (Paraguay)', 'EFE via ABC Color'],
    ['Página/12 (Argentina)', 'Página/12'],
    ['Noroeste', 'Noroeste'],
    ['(untitled)', '(untitled)'],
  ])('%s → %s', (publisher, short) => {
    expect(shortPublisher(publisher)).toBe(short);
  });
});
