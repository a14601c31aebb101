/** The theme a page is showing: the stored choice, else the system preference. */
function currentTheme(): 'light' | 'dark' {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Enables every <theme-toggle> button: aria-pressed mirrors dark mode, and the choice persists. */
export function initThemeToggle(): void {
  customElements.define(
    'theme-toggle',
    class extends HTMLElement {
      connectedCallback() {
        const button = this.querySelector('button');
        if (!button) return;
        const sync = () => button.setAttribute('aria-pressed', String(currentTheme() === 'dark'));
        button.addEventListener('click', () => {
          const next = currentTheme() === 'dark' ? 'light' : 'dark';
          document.documentElement.dataset.theme = next;
          try {
            localStorage.setItem('theme', next);
          } catch {
            // Private mode: the choice lasts for this page only.
          }
          sync();
        });
        matchMedia('(prefers-color-scheme: dark)').addEventListener('change', sync);
        sync();
        button.disabled = false;
      }
    },
  );
}
