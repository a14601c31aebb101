import { describe, expect, it } from 'vitest';
import { backlinks } from '../../src/lib/backlinks';

const en = { one: 'Back to citation', lettered: (letter: string) => `Back to citation, letter ${letter}` };
const es = { one: 'Volver a la cita', lettered: (letter: string) => `Volver a la cita, letra ${letter}` };

describe('backlinks', () => {
  it('gives a source cited once one link with no letter, named by the words alone', () => {
    expect(backlinks(5, 1, en)).toEqual([{ href: '#cite-5-1', text: '', label: 'Back to citation' }]);
  });

  it('letters the links of a source cited several times, and names each with its letter', () => {
    expect(backlinks(3, 3, es)).toEqual([
      { href: '#cite-3-1', text: 'a', label: 'Volver a la cita, letra a' },
      { href: '#cite-3-2', text: 'b', label: 'Volver a la cita, letra b' },
      { href: '#cite-3-3', text: 'c', label: 'Volver a la cita, letra c' },
    ]);
  });

  it('numbers the links past z, and every name contains its visible text (WCAG 2.5.3)', () => {
    const links = backlinks(1, 28, en);
    expect(links.slice(24).map((link) => link.text)).toEqual(['y', 'z', '27', '28']);
    expect(links.filter((link) => !link.label.endsWith(link.text))).toEqual([]);
    expect(new Set(links.map((link) => link.href)).size).toBe(28);
  });
});
