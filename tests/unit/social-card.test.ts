import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fontFiles } from '../../src/lib/font-files';
import { describe, expect, it } from 'vitest';
import { socialCardSvg, wrapText } from '../../src/lib/social-card';

describe('wrapText', () => {
  it('breaks at spaces within the width', () => {
    expect(wrapText('The June 2025 La Mesilla incident', 20, 3)).toEqual(['The June 2025 La', 'Mesilla incident']);
  });

  it('ends with an ellipsis when the text needs more lines than allowed', () => {
    const lines = wrapText('one two three four five six seven eight nine ten', 10, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1].endsWith('…')).toBe(true);
    expect(lines.every((line) => line.length <= 10)).toBe(true);
  });

  it('cuts a single word longer than a line', () => {
    expect(wrapText('Supercalifragilistic', 8, 2)).toEqual(['Superca…']);
  });
});

describe('socialCardSvg', () => {
  it('escapes the page text and draws a 1200×630 card', () => {
    const svg = socialCardSvg({ kicker: 'Diplomacy', title: 'Mexico & Guatemala <talks>', summary: 'A "summary".', host: 'x.org', brand: 'Seguridad, explicada', promise: 'Cada dato, con su fuente' });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630"/);
    expect(svg).toContain('Mexico &amp; Guatemala &lt;talks&gt;');
    expect(svg).toContain('A &quot;summary&quot;.');
    expect(svg).toContain('DIPLOMACY');
    // The frame of the card speaks the card's language too.
    expect(svg).toContain('>Seguridad, explicada</text>');
    expect(svg).toContain('>Cada dato, con su fuente</text>');
    expect(svg).not.toContain('Security Explainer');
  });
});

describe('the font files that key the social-card cache', () => {
  it('change when a font is added, replaced or removed, and skip folders the system lacks', () => {
    const folder = mkdtempSync(join(tmpdir(), 'mg-fonts-'));
    try {
      mkdirSync(join(folder, 'truetype'));
      writeFileSync(join(folder, 'truetype', 'a.ttf'), 'one');
      const before = fontFiles([folder, join(folder, 'missing')]);
      expect(before).toHaveLength(1);
      expect(before[0]).toMatch(/truetype\/a\.ttf:3:\d+$/);
      writeFileSync(join(folder, 'b.otf'), 'two');
      const added = fontFiles([folder]);
      expect(added).toHaveLength(2);
      writeFileSync(join(folder, 'truetype', 'a.ttf'), 'longer');
      expect(fontFiles([folder])).not.toEqual(added);
      rmSync(join(folder, 'b.otf'));
      expect(fontFiles([folder])).toHaveLength(1);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
