/**
 * Chromium for browser tests: one launcher (the browser src/integrations/chromium.ts
 * finds) and a watcher that records everything a page must never do: log a
 * console error, throw, break its Content Security Policy, or contact another origin.
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Locator, type Page, type Request } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../src/integrations/chromium';

/** Starts headless Chromium. Close it in afterAll. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });
}

/** What went wrong on a page, as readable lines; empty when the page is clean. */
export interface PageProblems {
  consoleErrors: string[];
  cspViolations: string[];
  /** Requests to an origin other than the page's own (data: and blob: URLs are local). */
  foreignRequests: string[];
  /** Requests still open when the page should have settled (settledProblems). */
  busyRequests: string[];
}

export interface WatchedPage {
  page: Page;
  problems: PageProblems;
  /** Every URL the page requested, in order. */
  requests: string[];
  /** Requests still open, and when the last one started or ended (ms since the epoch): see settledProblems. */
  network: { open: Set<Request>; changed: number };
}

/**
 * Reports CSP violations from inside the page. Registered before any page
 * script runs, so it sees violations during parsing too.
 */
function reportViolations() {
  document.addEventListener('securitypolicyviolation', (event) => {
    const report = (window as unknown as { __reportCsp?: (line: string) => void }).__reportCsp;
    report?.(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile || 'document'}:${event.lineNumber})`);
  });
}

/**
 * Opens a page in `context` that records console errors, uncaught exceptions,
 * CSP violations and requests to other origins while the test drives it.
 */
export async function watchedPage(context: BrowserContext): Promise<WatchedPage> {
  const page = await context.newPage();
  const problems: PageProblems = { consoleErrors: [], cspViolations: [], foreignRequests: [], busyRequests: [] };
  const requests: string[] = [];
  const network = { open: new Set<Request>(), changed: Date.now() };
  const settle = (request: Request) => {
    network.open.delete(request);
    network.changed = Date.now();
  };
  page.on('requestfinished', settle);
  page.on('requestfailed', settle);
  page.on('close', () => network.open.clear());
  await page.exposeFunction('__reportCsp', (line: string) => problems.cspViolations.push(line));
  await page.addInitScript(reportViolations);
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(`uncaught: ${error.message}`));
  // Search runs in a web worker: its console is the worker's own.
  page.on('worker', (worker) =>
    worker.on('console', (message) => {
      if (message.type() === 'error') problems.consoleErrors.push(`worker: ${message.text()} (${worker.url()})`);
    }),
  );
  // The site's origin is the one of the first page the test opens.
  let siteOrigin: string | undefined;
  page.on('request', (request) => {
    const url = request.url();
    requests.push(url);
    network.open.add(request);
    network.changed = Date.now();
    if (!siteOrigin && request.isNavigationRequest() && request.frame() === page.mainFrame()) siteOrigin = url;
    if (isForeign(url, siteOrigin ?? url)) problems.foreignRequests.push(url);
  });
  // Recorded above, then refused: a test never reaches past this machine.
  await page.route((url) => siteOrigin !== undefined && isForeign(url.href, siteOrigin), (route) => route.abort('blockedbyclient'));
  return { page, problems, requests, network };
}

/** Whether a request URL leaves the origin of `pageUrl`. */
export function isForeign(url: string, pageUrl: string): boolean {
  if (/^(data|blob|about):/.test(url)) return false;
  try {
    return new URL(url).origin !== new URL(pageUrl).origin;
  } catch {
    return true;
  }
}

/** A context for one viewport and colour scheme, with the browser's defaults otherwise. */
export function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
}

/**
 * The browser's default font size, as a reader with low vision sets it in the browser's
 * settings (32 px is text at 200 %). It takes effect on the page already open and holds for
 * the tab's next pages, until `restore()` puts back Chromium's defaults (16 px, 13 px fixed).
 */
export async function setTextSize(page: Page, px: number): Promise<{ restore(): Promise<void> }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: px, fixed: px } });
  return {
    async restore() {
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 16, fixed: 13 } });
      await cdp.detach();
    },
  };
}

/**
 * Loads `url` and waits for its load event (the page, its styles, images and
 * scripts). Late requests and errors are still seen: `settledProblems` waits
 * for the network to go quiet before reporting.
 */
export async function visit(page: Page, url: string): Promise<void> {
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response || !response.ok()) throw new Error(`${url} answered ${response?.status() ?? 'nothing'}`);
}

/** A page that did nothing wrong. */
export const NO_PROBLEMS: PageProblems = { consoleErrors: [], cspViolations: [], foreignRequests: [], busyRequests: [] };

/** How long the network must stay quiet before a page counts as settled, and the longest wait for it. */
const QUIET_MS = 500;
const SETTLE_LIMIT_MS = 15_000;

/** Whether a request can still end: one from a frame since detached (a page navigated away) never reports it. */
function stillOpen(request: Request): boolean {
  try {
    return !request.frame().isDetached();
  } catch {
    return true; // a worker's request has no frame
  }
}

/**
 * What the watched page did wrong, once no request has been open for half a
 * second since the call, so requests and errors that come after the test's last step (a
 * search's index files, a late script) are counted too. Its own count, not
 * Playwright's "networkidle", which once reached answers at once for the rest
 * of the page's life. Requests still open after 15 s are a problem of their
 * own (busyRequests). Compare with NO_PROBLEMS.
 */
export async function settledProblems(watched: WatchedPage): Promise<PageProblems> {
  if (watched.page.isClosed()) return watched.problems;
  await watched.page.waitForLoadState('load');
  const { network } = watched;
  // Quiet counts from this call at the earliest: a request the test's last step set off may not
  // have been reported yet when the wait begins.
  const called = Date.now();
  const deadline = called + SETTLE_LIMIT_MS;
  for (;;) {
    for (const request of network.open) if (!stillOpen(request)) network.open.delete(request);
    if (network.open.size === 0 && Date.now() - Math.max(network.changed, called) >= QUIET_MS) break;
    if (Date.now() > deadline) {
      watched.problems.busyRequests.push(...[...network.open].map((request) => request.url()));
      break;
    }
    await new Promise((resume) => setTimeout(resume, 50));
  }
  return watched.problems;
}

/**
 * Opens `url` in a fresh watched tab of `context`, hands it to `check`, then
 * asserts the page logged no console error, broke no CSP rule and asked no
 * other origin for anything. The tab is closed whatever happens.
 */
export async function onCleanPage(context: BrowserContext, url: string, check: (page: Page, watched: WatchedPage) => Promise<void>): Promise<void> {
  const watched = await watchedPage(context);
  try {
    await visit(watched.page, url);
    await check(watched.page, watched);
    expect(await settledProblems(watched)).toEqual(NO_PROBLEMS);
  } finally {
    await watched.page.close();
  }
}

/**
 * One browser for a test file, and a fresh context with a watched page for
 * each test that opens one. When the test ends (or opens another), the page
 * must be clean (no console error, no CSP violation, nothing from another
 * origin) and its context is closed. Call at the top of a test file: it
 * registers its own hooks.
 */
export function freshPagePerTest(): { open(options?: BrowserContextOptions): Promise<WatchedPage> } {
  let browser: Browser | undefined;
  let current: { context: BrowserContext; watched: WatchedPage } | undefined;
  const finish = async () => {
    if (!current) return;
    const { context, watched } = current;
    current = undefined;
    try {
      expect(await settledProblems(watched)).toEqual(NO_PROBLEMS);
    } finally {
      await context.close();
    }
  };
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(finish);
  afterAll(async () => {
    await browser?.close();
  });
  return {
    async open(options = {}) {
      await finish();
      if (!browser) throw new Error('freshPagePerTest: open a page inside a test, after the browser has started');
      const context = await newContext(browser, options);
      current = { context, watched: await watchedPage(context) };
      return current.watched;
    },
  };
}

/**
 * The width in px of each line the element's text sets, top to bottom: for tests that a heading
 * breaks into even lines rather than leaving a word alone on the last.
 */
export function lineWidths(element: Locator): Promise<number[]> {
  return element.evaluate((node) => {
    const range = document.createRange();
    range.selectNodeContents(node);
    const rows = new Map<number, { left: number; right: number }>();
    for (const rect of range.getClientRects()) {
      const top = Math.round(rect.top);
      const row = rows.get(top) ?? { left: rect.left, right: rect.right };
      rows.set(top, { left: Math.min(row.left, rect.left), right: Math.max(row.right, rect.right) });
    }
    return [...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => Math.round(row.right - row.left));
  });
}
