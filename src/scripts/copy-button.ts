/** <copy-button>: copies the text of the element named by its button's data-copy, and says so. */
export function initCopyButtons(): void {
  if (customElements.get('copy-button')) return;
  customElements.define(
    'copy-button',
    class extends HTMLElement {
      connectedCallback() {
        const button = this.querySelector('button');
        const status = this.querySelector<HTMLElement>('[role="status"]');
        const target = button && document.getElementById(button.dataset.copy ?? '');
        if (!button || !target || !navigator.clipboard) return;
        button.addEventListener('click', async () => {
          try {
            await navigator.clipboard.writeText(target.textContent ?? '');
            if (status) status.textContent = status.dataset.copied ?? 'Copied';
          } catch {
            if (status) status.textContent = status.dataset.failed ?? 'Copy failed';
          }
        });
        button.disabled = false;
      }
    },
  );
}
