/**
 * Everything search does in the browser, as one bundle: the header dialog,
 * the /search/ page and highlighting on arrival. /search/ imports it by name;
 * the header's trigger imports the same file by address (see
 * SEARCH_UI_PLACEHOLDER), which the bundler cannot see. So the bundle has one
 * entry point that reaches every task: with an export per task, the bundler
 * would drop the ones /search/ does not call.
 */
import { mountSearchDialog } from './search-dialog';
import { highlightArrival } from './search-highlight';
import { initSearchPage } from './search-page';

export type SearchTask = { kind: 'dialog'; dialog: HTMLDialogElement } | { kind: 'page' } | { kind: 'highlight' };

/** Runs one search task. */
export function startSearch(task: SearchTask): Promise<void> {
  switch (task.kind) {
    case 'dialog':
      mountSearchDialog(task.dialog);
      return Promise.resolve();
    case 'page':
      initSearchPage();
      return Promise.resolve();
    case 'highlight':
      return highlightArrival();
  }
}
