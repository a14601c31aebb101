/**
 * Finds a headless Chromium for PDF rendering and browser tests, as the
 * project's README describes: CHROME_PATH, then a system Chromium/Chrome,
 * then the one @sparticuz/chromium unpacks from the npm registry (Linux x64).
 * Never downloads a browser of its own.
 *
 * Chromium's headless shell comes first: the same Blink without the desktop
 * browser around it. Measured on a 2-core machine (Dec 2026, Debian's 156
 * builds), a new context and page, a page load, opening search and two
 * queries took about 1.6 s of CPU in the shell against 3.8 s in the full
 * browser run headless. Debian: `apt-get install chromium-headless-shell`.
 * The benchmark asks for the full browser first (`preferFullBrowser`): its
 * timings and Lighthouse scores are meant for Chrome as readers run it.
 */
import { existsSync } from 'node:fs';

const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
const FULL_BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Flags for a quiet, sandbox-free headless run on a machine with no outside network. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--font-render-hinting=none',
];

export class BrowserNotFoundError extends Error {
  constructor(tried: string[]) {
    super(
      [
        'No Chromium browser was found. Tried: ' + tried.join(', ') + '.',
        'Provide one of:',
        '  - set CHROME_PATH to a Chrome or Chromium executable;',
        '  - install Debian\'s Chromium: apt-get install chromium;',
        '  - on Linux x64, `npm install` adds @sparticuz/chromium, which unpacks a browser from the npm registry.',
        'To build without PDFs, set PDF=off (no page will link to a PDF).',
      ].join('\n'),
    );
    this.name = 'BrowserNotFoundError';
  }
}

/** The system paths findChromium tries, in order. */
export function systemBrowsers({ preferFullBrowser = false } = {}): string[] {
  return preferFullBrowser ? [...FULL_BROWSERS, HEADLESS_SHELL] : [HEADLESS_SHELL, ...FULL_BROWSERS];
}

/**
 * Path of a Chromium executable, or throws BrowserNotFoundError saying how to provide one.
 * The headless shell comes first, or after the full browsers with `preferFullBrowser`.
 */
export async function findChromium(env: Record<string, string | undefined> = process.env, { preferFullBrowser = false } = {}): Promise<string> {
  const tried: string[] = [];
  if (env.CHROME_PATH) {
    if (existsSync(env.CHROME_PATH)) return env.CHROME_PATH;
    tried.push(`CHROME_PATH=${env.CHROME_PATH} (not found)`);
  }
  for (const candidate of systemBrowsers({ preferFullBrowser })) {
    if (existsSync(candidate)) return candidate;
    tried.push(candidate);
  }
  if (process.platform === 'linux' && process.arch === 'x64') {
    try {
      const { default: sparticuz } = await import('@sparticuz/chromium');
      const path = await sparticuz.executablePath();
      if (path && existsSync(path)) return path;
      tried.push('@sparticuz/chromium (no executable)');
    } catch (error) {
      tried.push(`@sparticuz/chromium (${(error as Error).message})`);
    }
  }
  throw new BrowserNotFoundError(tried);
}
