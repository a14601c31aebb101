/** The header's search dialog, wired up the first time a reader opens it. */
import { DIALOG_RESULTS } from '../lib/search-config';
import { EMPTY_SEARCH } from '../lib/search-url';
import { element } from './search-render';
import { SearchSession, bindResultKeys } from './search-session';
import { searchStrings } from './search-strings';

const mounted = new WeakSet<HTMLDialogElement>();

const HINTS_ID = 'search-dialog-keys';
const KEY = 'ui inline-block min-w-6 rounded border border-rule bg-paper-sunken px-1 text-center text-[0.7rem] leading-5 font-semibold text-ink';

/** A key as the hints show it; `spoken` replaces a symbol for screen readers ("↓", "Down arrow"). */
function key(label: string, spoken?: string): HTMLElement {
  if (!spoken) return element('kbd', KEY, label);
  const shown = element('span', '', label);
  shown.setAttribute('aria-hidden', 'true');
  return element('kbd', KEY, shown, element('span', 'sr-only', spoken));
}

/**
 * "↓ ↑ to move through results  Enter to open  Esc to close", for keyboard users (not on phones and
 * touch screens). Read with the box as "Down arrow or Up arrow to move through results. Enter to
 * open. Esc to close.": the words and stops a screen reader needs are there for it alone, where
 * the eye has the gaps.
 */
function keyHints(): HTMLElement {
  const keys = searchStrings().keys;
  const heard = (text: string) => element('span', 'sr-only', text);
  const hints = element(
    'p',
    'ui flex flex-wrap gap-x-4 gap-y-1 text-xs text-ink-muted max-sm:hidden pointer-coarse:hidden',
    element('span', '', key('↓', keys.down), heard(` ${keys.or}`), ' ', key('↑', keys.up), ` ${keys.move}`, heard('. ')),
    element('span', '', key(keys.enter), ` ${keys.open}`, heard('. ')),
    element('span', '', key('Esc'), ` ${keys.close}`, heard('.')),
  );
  hints.id = HINTS_ID;
  return hints;
}

/** Connects the dialog's box to search; safe to call on every open. */
export function mountSearchDialog(dialog: HTMLDialogElement): void {
  if (mounted.has(dialog)) return;
  const input = dialog.querySelector<HTMLInputElement>('input[type="search"]');
  const status = dialog.querySelector<HTMLElement>('[data-search-status]');
  const list = dialog.querySelector<HTMLOListElement>('[data-search-results]');
  const close = dialog.querySelector<HTMLButtonElement>('[data-search-close]');
  if (!input || !status || !list || !close) return;
  mounted.add(dialog);
  dialog.querySelector('[data-search-footer]')?.prepend(keyHints());
  // The keys are read out with the box, except where the screen is touched (VoiceOver, TalkBack): there they
  // are not shown, and no key does what they say.
  if (!matchMedia('(pointer: coarse)').matches) input.setAttribute('aria-describedby', HINTS_ID);
  const idle = [...status.childNodes].map((node) => node.cloneNode(true));
  const session = new SearchSession(
    { status, list },
    {
      limit: DIALOG_RESULTS,
      idle: () => idle.map((node) => node.cloneNode(true)),
    },
  );
  const search = () => session.search({ ...EMPTY_SEARCH, query: input.value });
  input.addEventListener('input', search);
  bindResultKeys(input, list);
  close.addEventListener('click', () => dialog.close());
  // In a search box, Chromium's Esc first clears the text and leaves the dialog open; Esc should close.
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    dialog.close();
  });
  // A click on the backdrop lands on the <dialog> itself; clicks inside land on its content.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  session.warm();
  if (input.value) search();
}
