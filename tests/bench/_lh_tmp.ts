import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../../src/integrations/chromium.ts';
import { serveSite } from './server.ts';
const server = await serveSite('/work/main/dist');
const chrome = await launch({ chromePath: await findChromium(), chromeFlags: CHROMIUM_ARGS });
const run = await lighthouse(new URL('briefs/migration/', server.url).href, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['best-practices', 'seo'] });
const a = run!.lhr.audits['font-size'];
console.log(a.score, a.displayValue, JSON.stringify(a.details).slice(0, 1500));
for (const ref of run!.lhr.categories['best-practices'].auditRefs) { const au = run!.lhr.audits[ref.id]; if (au.score !== null && au.score < 1) console.log('BP', ref.id, au.score, ref.weight); }
chrome.kill(); await server.close(); process.exit(0);
