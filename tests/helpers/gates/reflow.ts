/**
 * Reflow (WCAG 1.4.10): at 320 CSS pixels wide the page scrolls only
 * vertically. Load the page in a 320 px viewport first.
 */
import type { Page } from 'playwright-core';

/** Why the page scrolls sideways, naming the widest offenders; empty when it does not. */
export async function reflowProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrollWidth = document.scrollingElement!.scrollWidth;
    if (scrollWidth <= width) return [];
    // Elements that stick out, outermost first, skipping those inside a scroll box of their own.
    const clipped = (el: Element) => {
      for (let parent = el.parentElement; parent; parent = parent.parentElement) {
        if (/(auto|scroll|hidden|clip)/.test(getComputedStyle(parent).overflowX)) return true;
      }
      return false;
    };
    const offenders = [...document.body.querySelectorAll('*')]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && !clipped(el))
      .filter((el, _, all) => !all.includes(el.parentElement!))
      .slice(0, 3)
      .map((el) => `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).slice(0, 3).join('.')}` : ''}> ends at ${Math.round(el.getBoundingClientRect().right)} px`);
    return [`the page is ${scrollWidth} px wide in a ${width} px viewport: ${offenders.join('; ') || 'no single element found'}`];
  });
}
