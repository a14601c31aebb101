import { describe, expect, it } from 'vitest';
import { stackedRowsProblems } from '../../src/lib/stacked-rows';

const table = '| Person | Role | In this story |\n|---|---|---|\n| A | B | C |';

describe('stackedRowsProblems', () => {
  it('accepts a wrapped table, with or without blank lines around it', () => {
    expect(stackedRowsProblems(`Intro.\n\n<StackedRows>\n\n${table}\n\n</StackedRows>\n\nMore.`)).toEqual([]);
    expect(stackedRowsProblems(`<StackedRows>\n${table}\n</StackedRows>`)).toEqual([]);
    expect(stackedRowsProblems('<StackedRows>\n\n| a | b |\n| :-- | --: |\n| 1 | 2 |\n\n</StackedRows>')).toEqual([]);
  });

  it('names the line of a wrapper with no table inside', () => {
    expect(stackedRowsProblems(`Intro.\n\n<StackedRows>\n\nJust text | with a pipe.\n\n</StackedRows>\n\n<StackedRows>\n\n${table}\n\n</StackedRows>`)).toEqual([
      'line 3: <StackedRows> wraps no markdown table',
    ]);
  });

  it('counts lines from where the body starts in the file', () => {
    expect(stackedRowsProblems('Intro.\n\n<StackedRows>\n</StackedRows>', 12)).toEqual(['line 14: <StackedRows> wraps no markdown table']);
  });

  it('does not take a table after the closing tag for one inside', () => {
    expect(stackedRowsProblems(`<StackedRows>\n\n</StackedRows>\n\n${table}`)).toEqual(['line 1: <StackedRows> wraps no markdown table']);
  });

  it('reports a self-closing wrapper without swallowing the next one', () => {
    expect(stackedRowsProblems(`<StackedRows />\n\n<StackedRows>\n\n${table}\n\n</StackedRows>`)).toEqual([
      'line 1: <StackedRows /> closes itself, with no table inside',
    ]);
  });

  it('ignores a page without the component', () => {
    expect(stackedRowsProblems(table)).toEqual([]);
  });
});
