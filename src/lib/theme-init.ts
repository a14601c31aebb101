/**
 * The one script that must run inline, before first paint: it applies a
 * stored theme choice so the page never flashes the wrong theme. Kept as a
 * string so the page (ThemeScript.astro) and the CSP hash (security.ts) are
 * made from the same bytes.
 */
export const THEME_INIT_SCRIPT =
  "try{const t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}";
