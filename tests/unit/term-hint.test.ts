import { describe, expect, it } from 'vitest';
import { firstSentence, termHint } from '../../src/lib/term-hint';

describe('firstSentence', () => {
  it('ends at the first full stop followed by a new sentence', () => {
    expect(firstSentence('The Jalisco New Generation Cartel. It has fought the Sinaloa Cartel.')).toBe('The Jalisco New Generation Cartel.');
    expect(firstSentence('El Cártel Jalisco Nueva Generación. ¿Qué rutas? Las del sur.')).toBe('El Cártel Jalisco Nueva Generación.');
  });

  it('does not end inside a number, an ordinal or a lower-case continuation', () => {
    expect(firstSentence('Down 92.2% in 2025. Later figures differ.')).toBe('Down 92.2% in 2025.');
    expect(firstSentence('Celebró su 21.ª reunión el 23 de agosto de 2022. Acordó abrir un cruce.')).toBe('Celebró su 21.ª reunión el 23 de agosto de 2022.');
    expect(firstSentence('Agreed by the two govts. in 2025, then reviewed. Next.')).toBe('Agreed by the two govts. in 2025, then reviewed.');
  });

  it('collapses the line breaks of folded YAML and keeps a one-sentence text whole', () => {
    expect(firstSentence('State of siege.\n  Guatemala declared one.')).toBe('State of siege.');
    expect(firstSentence('  A plan  without a full stop ')).toBe('A plan without a full stop');
  });
});

describe('termHint', () => {
  it('prefers the expansion a source gives, then the first sentence of the definition', () => {
    expect(termHint({ expansion: 'Grupo de Alto Nivel de Seguridad', definition: 'The High-Level Security Group. More.' })).toBe('Grupo de Alto Nivel de Seguridad');
    expect(termHint({ definition: "Mexico's foreign ministry. On 10 June 2025 it sent a note." })).toBe("Mexico's foreign ministry.");
  });

  it('gives no hint that only repeats the link text, which a screen reader would read twice', () => {
    expect(termHint({ definition: 'State of siege. Guatemala declared one.' }, 'state of siege')).toBeUndefined();
    expect(termHint({ definition: 'State of siege. Guatemala declared one.' }, ' State  of siege. ')).toBeUndefined();
    expect(termHint({ definition: 'State of siege. Guatemala declared one.' }, 'estado de sitio')).toBe('State of siege.');
    expect(termHint({ expansion: 'Grupo de Alto Nivel de Seguridad', definition: 'x.' }, 'GANSEG')).toBe('Grupo de Alto Nivel de Seguridad');
  });
});
