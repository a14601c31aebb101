/**
 * <search-trigger>: the only search code on an ordinary page. It swaps the
 * header's Search link for a button that opens the search dialog and listens
 * for Ctrl+K / ⌘K. The search code itself (search-ui, at the address
 * in `data-bundle`) is fetched when the reader first opens search, or on a
 * page reached from a result, to highlight the matched words.
 */
import { arrivedFromResult, isSearchShortcut } from '../lib/search-shortcuts';

type SearchUi = typeof import('./search-ui');

export function initSearchTrigger(): void {
  if (customElements.get('search-trigger')) return;
  customElements.define(
    'search-trigger',
    class extends HTMLElement {
      connectedCallback() {
        const link = this.querySelector<HTMLAnchorElement>('[data-search-link]');
        const button = this.querySelector<HTMLButtonElement>('[data-search-open]');
        const dialog = this.querySelector('dialog');
        const input = dialog?.querySelector('input');
        const bundle = this.dataset.bundle;
        if (!link || !button || !dialog || !input || !bundle) return;
        // Imported by address, not by name: a static import() would make this script a file of its own.
        const loadSearchUi = (): Promise<SearchUi> => import(/* @vite-ignore */ bundle);
        const open = () => {
          // On /search/ the page's own box is the search: go there rather than stack a dialog on it.
          const pageInput = document.querySelector<HTMLInputElement>('[data-search-page-input]');
          const target = pageInput && !pageInput.closest('[hidden]') ? pageInput : input;
          if (target === input && !dialog.open) dialog.showModal();
          target.focus();
          target.select();
          if (target !== input) return;
          loadSearchUi()
            .then((ui) => ui.startSearch({ kind: 'dialog', dialog }))
            .catch(() => {
              // The message comes with the dialog, in the page's language.
              const status = dialog.querySelector('[data-search-status]');
              if (status) status.textContent = dialog.dataset.loadFailed ?? '';
            });
        };
        button.addEventListener('click', open);
        document.addEventListener('keydown', (event) => {
          if (event.defaultPrevented || !isSearchShortcut(event)) return;
          event.preventDefault();
          open();
        });
        link.hidden = true;
        button.hidden = false;
        if (arrivedFromResult(location.search)) {
          loadSearchUi()
            .then((ui) => ui.startSearch({ kind: 'highlight' }))
            .catch((error: unknown) => console.warn('Could not highlight the search terms:', error));
        }
      }
    },
  );
}
