import { describe, expect, it } from 'vitest';
import { lengthBetween, markupIn, prose } from '../../src/schemas/prose';

describe('YAML text is plain', () => {
  it('finds Markdown and tags carried over from a page body, described without Markdown of its own', () => {
    expect(markupIn('President **Bernardo Arévalo** said')).toBe('Markdown emphasis around "Bernardo Arévalo"');
    expect(markupIn('the __GANSEG__ met')).toBe('Markdown emphasis around "GANSEG"');
    expect(markupIn('a `code` word')).toBe('Markdown code marks around "code"');
    expect(markupIn('see [the border](/explainers/the-border/)')).toBe('a Markdown link from "the border" to /explainers/the-border/');
    expect(markupIn('he said <Es>que</Es> it')).toBe('the tag <Es>');
  });

  it('passes plain text, including a [bracketed description] and a lone asterisk or angle bracket', () => {
    for (const text of ['[Fuerzas Pakal refuerzan la frontera sur de Chiapas]', 'Down 83.3%', 'a * b', 'fewer than <10 people', 'Plan Mercurio']) expect(markupIn(text), text).toBeUndefined();
  });

  it('fails the schema with the message, and sets plain text as before', () => {
    const schema = prose();
    expect(schema.safeParse('It was **not** fine.').error?.issues[0]?.message).toBe('Markdown emphasis around "not" would show as typed: YAML text is plain, with no Markdown or tags; write the words alone');
    expect(schema.parse("It wasn't fine")).toBe('It wasn’t fine');
  });

  it('says how long a text of the wrong length is, and the limit to meet', () => {
    const schema = lengthBetween(60, 280);
    expect(schema.safeParse('x'.repeat(303)).error?.issues[0]?.message).toBe('is 303 characters: shorten it to at most 280');
    expect(schema.safeParse('Too short.').error?.issues[0]?.message).toBe('is 10 characters: write at least 60');
    expect(schema.safeParse('x'.repeat(280)).success).toBe(true);
  });
});
