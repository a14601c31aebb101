import { describe, expect, it } from 'vitest';
import { findChromium, systemBrowsers } from '../../src/integrations/chromium';

describe('which Chromium runs the tests, the PDFs and Lighthouse', () => {
  it("tries the headless shell first: the tests' and the PDFs' browser", () => {
    expect(systemBrowsers()[0]).toBe('/usr/bin/chromium-headless-shell');
    expect(systemBrowsers()).toContain('/usr/bin/chromium');
  });

  it('tries the full browser first when asked (Lighthouse), and the shell only after every full browser', () => {
    const order = systemBrowsers({ preferFullBrowser: true });
    expect(order[0]).toBe('/usr/bin/chromium');
    expect(order.at(-1)).toBe('/usr/bin/chromium-headless-shell');
    expect([...order].sort()).toEqual([...systemBrowsers()].sort());
  });

  it('takes CHROME_PATH over every system browser when the file exists', async () => {
    expect(await findChromium({ CHROME_PATH: process.execPath })).toBe(process.execPath);
    expect(await findChromium({ CHROME_PATH: process.execPath }, { preferFullBrowser: true })).toBe(process.execPath);
  });
});
