import { describe, expect, it } from 'vitest';
import { webAddress } from '../../src/schemas/web-address';

describe("a source's address", () => {
  it('takes https, and http as some pages are published', () => {
    for (const url of ['https://www.prensalibre.com/guatemala/', 'http://carpetapurpura.com/principal/x/']) expect(webAddress.safeParse(url).success, url).toBe(true);
  });

  it('refuses a mistyped scheme, another scheme and a bare domain, saying what to write', () => {
    for (const url of ['htps://example.org/a', 'ftp://example.org/a', 'example.org/a', 'javascript:alert(1)']) {
      expect(webAddress.safeParse(url).error?.issues[0]?.message, url).toBe('write the full address of the page, starting https:// (or http:// as published)');
    }
  });
});
