/** The header's search dialog, wired up the first time a reader opens it. */
import { DIALOG_RESULTS } from '../lib/search-config';
import { EMPTY_SEARCH } from '../lib/search-url';
import { SearchSession, bindResultKeys } from './search-session';

const mounted = new WeakSet<HTMLDialogElement>();

/** Connects the dialog's box to search; safe to call on every open. */
export function mountSearchDialog(dialog: HTMLDialogElement): void {
  if (mounted.has(dialog)) return;
  const input = dialog.querySelector<HTMLInputElement>('input[type="search"]');
  const status = dialog.querySelector<HTMLElement>('[data-search-status]');
  const list = dialog.querySelector<HTMLOListElement>('[data-search-results]');
  const close = dialog.querySelector<HTMLButtonElement>('[data-search-close]');
  if (!input || !status || !list || !close) return;
  mounted.add(dialog);
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
