import { describe, expect, it } from 'vitest';
import { backlinks } from '../../src/lib/backlinks';

describe('backlinks', () => {
  it('gives a source cited once one link with no letter, named by the words alone', () => {
    expect(backlinks(5, 1, 'Back to citation')).toEqual([{ href: '#cite-5-1', text: '', label: 'Back to citation' }]);
  });

  it('letters the links of a source cited several times, and names each with its letter', () => {
    expect(backlinks(3, 3, 'Volver a la cita')).toEqual([
      { href: '#cite-3-1', text: 'a', label: 'Volver a la cita a' },
      { href: '#cite-3-2', text: 'b', label: 'Volver a la cita b' },
      { href: '#cite-3-3', text: 'c', label: 'Volver a la cita c' },
    ]);
  });

  it('numbers the links past z, and every name contains its visible text (WCAG 2.5.3)', () => {
    const links = backlinks(1, 28, 'Back to citation');
    expect(links.slice(24).map((link) => link.text)).toEqual(['y', 'z', '27', '28']);
    expect(links.filter((link) => !link.label.endsWith(link.text))).toEqual([]);
    expect(new Set(links.map((link) => link.href)).size).toBe(28);
  });
});
