/**
 * Forced colours (Windows High Contrast and the like): the browser replaces
 * the author's colours, so anything drawn only with a background or a shadow
 * vanishes. Checks that every focusable element shows a real outline when
 * focused and every control keeps a border. Call after
 * `page.emulateMedia({ forcedColors: 'active' })`.
 */
import type { Page } from 'playwright-core';

/** What disappears in forced-colours mode, one line per element (up to 10). */
export async function forcedColorsProblems(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => matchMedia('(forced-colors: active)').matches))) {
    throw new Error('Forced colours are not active: call page.emulateMedia({ forcedColors: "active" }) first.');
  }
  // A key press first, so programmatic focus below counts as keyboard focus (:focus-visible).
  await page.keyboard.press('Shift');
  return page.evaluate(() => {
    const problems: string[] = [];
    const describe = (el: Element) => `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const visible = (el: Element) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    const focusable = [...document.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), input:not([disabled]), select, textarea, summary, [tabindex]:not([tabindex="-1"])')].filter(visible);
    const outlined = (el: Element) => {
      const style = getComputedStyle(el);
      return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1;
    };
    for (const el of focusable) {
      el.focus({ preventScroll: true });
      if (document.activeElement !== el) continue;
      // A text box may show focus on the wrapper that holds it and its icon (:focus-within).
      const wrapper = el.matches('input, select, textarea') ? el.parentElement : null;
      if (!outlined(el) && !(wrapper && outlined(wrapper))) problems.push(`${describe(el)} shows no outline when focused`);
    }
    (document.activeElement as HTMLElement | null)?.blur();
    // Check boxes, radios and the like keep their native look, which forced colours draw.
    const controls = [...document.querySelectorAll('button, input:not([type="hidden"], [type="checkbox"], [type="radio"], [type="range"], [type="color"], [type="file"]), select, textarea')].filter(visible);
    const bordered = (el: Element) => {
      const style = getComputedStyle(el);
      return ['top', 'right', 'bottom', 'left'].some((side) => style.getPropertyValue(`border-${side}-style`) !== 'none' && parseFloat(style.getPropertyValue(`border-${side}-width`)) >= 1);
    };
    for (const el of controls) {
      // A text box may draw its edge on a wrapper that holds it and its icon.
      if (!bordered(el) && !(el.matches('input, select, textarea') && el.parentElement && bordered(el.parentElement))) {
        problems.push(`${describe(el)} has no border, so its edge vanishes`);
      }
    }
    return problems.slice(0, 10);
  });
}
