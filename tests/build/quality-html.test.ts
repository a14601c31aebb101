import { describe, expect, it } from 'vitest';
import { htmlErrors } from '../helpers/gates/html';
import { realSite } from '../helpers/gates/site';

const site = realSite();

describe('every built page is valid HTML', () => {
  it.each(site.pages.map((p) => [p.route, p] as const))('%s passes html-validate with no errors', async (_, page) => {
    expect(await htmlErrors(page.html, page.file)).toEqual([]);
  });
});
