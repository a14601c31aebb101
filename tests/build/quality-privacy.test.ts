import { describe, expect, it } from 'vitest';
import { privacyProblems } from '../helpers/gates/privacy';
import { realSite } from '../helpers/gates/site';

const site = realSite();

describe('privacy: no page asks another origin for anything', () => {
  it.each(site.pages.map((p) => [p.route, p] as const))('%s loads nothing from another origin', (_, page) => {
    expect(privacyProblems(site, page)).toEqual([]);
  });
});
