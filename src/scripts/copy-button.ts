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
        let show: ReturnType<typeof setTimeout> | undefined;
        let clear: ReturnType<typeof setTimeout> | undefined;
        // Emptied first, so a second copy is announced again; emptied after a while, so it does not linger.
        const say = (text: string) => {
          if (!status) return;
          clearTimeout(show);
          clearTimeout(clear);
          status.textContent = '';
          show = setTimeout(() => (status.textContent = text), 100);
          clear = setTimeout(() => (status.textContent = ''), 5000);
        };
        button.addEventListener('click', async () => {
          try {
            await navigator.clipboard.writeText(target.textContent ?? '');
            say(status?.dataset.copied ?? 'Copied');
          } catch {
            say(status?.dataset.failed ?? 'Copy failed');
          }
        });
        button.disabled = false;
      }
    },
  );
}
