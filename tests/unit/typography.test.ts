import { describe, expect, it } from 'vitest';
import { endsSentence, keepDayWithMonth, keepTogether, smartQuotes, keptParts } from '../../src/lib/typography';

describe('keepTogether', () => {
  it('joins a number to its unit with a no-break space', () => {
    expect(keepTogether('<p>871 km or 956 km; 1,200 kilómetros; US$383.5 million</p>')).toBe('<p>871\u00a0km or 956\u00a0km; 1,200\u00a0kilómetros; US$383.5\u00a0million</p>');
  });

  it('leaves words that only start like a unit', () => {
    expect(keepTogether('<p>4 kmh, 3 millionaires</p>')).toBe('<p>4 kmh, 3 millionaires</p>');
  });

  it('keeps hyphenated codes on one line', () => {
    expect(keepTogether('<p>Decree 1-2026, "Independent 09-06-2025" (mdp-2026-01-24).</p>')).toBe(
      '<p>Decree <span class="kept">1-2026</span>, "Independent <span class="kept">09-06-2025</span>" (<span class="kept">mdp-2026-01-24</span>).</p>',
    );
  });

  it('leaves ranges, words with hyphens, attributes and scripts alone', () => {
    const html = '<p id="cite-1-2"><a href="/x/#event-2025-06-08">2024–2026, well-known</a></p><script type="application/ld+json">{"d":"2026-12-06","n":"5 km"}</script>';
    expect(keepTogether(html)).toBe(html);
  });
});

describe('keptParts', () => {
  it('keeps each year range of a title whole', () => {
    expect(keptParts('Security cooperation between Mexico and Guatemala, 2024–2026')).toEqual([
      { text: 'Security cooperation between Mexico and Guatemala, ', keep: false },
      { text: '2024–2026', keep: true },
    ]);
    expect(keptParts('2025–26: a year, and 2024–2026')).toEqual([
      { text: '2025–26', keep: true },
      { text: ': a year, and ', keep: false },
      { text: '2024–2026', keep: true },
    ]);
  });

  it('keeps a place name after its article whole, and two names joined by a dash only on paper', () => {
    // At 320 px the heading's "Mexico–Guatemala" is wider than the screen.
    expect(keptParts('Timeline of the Mexico–Guatemala security relationship')).toEqual([
      { text: 'Timeline of the ', keep: false },
      { text: 'Mexico–Guatemala', keep: true, paperOnly: true },
      { text: ' security relationship', keep: false },
    ]);
    expect(keptParts('Herrera–Mariscal')).toEqual([{ text: 'Herrera–Mariscal', keep: true, paperOnly: true }]);
    expect(keptParts('La incursión policial en La Mesilla de junio de 2025')).toEqual([
      { text: 'La incursión policial en ', keep: false },
      { text: 'La Mesilla', keep: true },
      { text: ' de junio de 2025', keep: false },
    ]);
  });

  it('leaves a title with none of these as one piece', () => {
    expect(keptParts('Who is who in the security relationship')).toEqual([{ text: 'Who is who in the security relationship', keep: false }]);
    expect(keptParts('')).toEqual([]);
  });
});

describe('smartQuotes', () => {
  it('turns apostrophes into closing single marks', () => {
    expect(smartQuotes("What we don't know about Mexico's border")).toBe('What we don’t know about Mexico’s border');
    expect(smartQuotes("the officers' account")).toBe('the officers’ account');
  });

  it('opens a mark at the start, after a space, bracket or dash, and closes it elsewhere', () => {
    expect(smartQuotes('"the Pakales", as "El Chicharra" (the "Tío Balde")')).toBe('“the Pakales”, as “El Chicharra” (the “Tío Balde”)');
    expect(smartQuotes("called it 'coincident'.")).toBe('called it ‘coincident’.');
    expect(smartQuotes('a "quote"—then "another"')).toBe('a “quote”—then “another”');
    expect(smartQuotes('he said "it\'s not".')).toBe('he said “it’s not”.');
  });

  it('leaves text without marks as it is', () => {
    expect(smartQuotes('GANSEG — Grupo de Alto Nivel de Seguridad')).toBe('GANSEG — Grupo de Alto Nivel de Seguridad');
  });
});

describe('keepDayWithMonth', () => {
  it('joins a day to its month with no-break spaces, in English and Spanish', () => {
    expect(keepDayWithMonth('on 19 January 2026 and 8 June')).toBe('on 19\u00a0January 2026 and 8\u00a0June');
    expect(keepDayWithMonth('el 19 de enero de 2026')).toBe('el 19\u00a0de\u00a0enero de 2026');
  });

  it('leaves numbers that are not days, and months with no day, alone', () => {
    expect(keepDayWithMonth('2025 June figures, 119 Mayor, 12 Junes, January 2026')).toBe('2025 June figures, 119 Mayor, 12 Junes, January 2026');
  });
});

describe('endsSentence', () => {
  it('is true for a text ending in a full stop, an ellipsis, a question or exclamation mark, before a closing quote or not', () => {
    expect(['Cruzaron frontera sin previa coordinación…', 'Caen 92% tras cambio de gobierno en EE.UU.', '¿Quién manda?', 'Dijo «basta.»', 'He said "enough!"'].map(endsSentence)).toEqual([true, true, true, true, true]);
  });
  it('is false for a plain title, one in brackets or parentheses, or one with an ellipsis inside it', () => {
    expect(['Mexico extends hand to Guatemala on security', '[The source article as received; untitled]', 'Frontera (Chiapas)', 'Antes… y después'].map(endsSentence)).toEqual([false, false, false, false]);
  });
});
