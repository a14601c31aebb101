/**
 * The one script that must run inline, before first paint: it applies a
 * stored theme choice so the page never flashes the wrong theme, and marks
 * <html data-js> so CSS can show script-driven controls (the /search/ form)
 * in the first paint instead of popping them in when their script runs; the
 * `no-js:` variant in global.css hides them for readers without JavaScript.
 * Kept as a string so the page (ThemeScript.astro) and the CSP hash
 * (security.ts) are made from the same bytes.
 */
export const THEME_INIT_SCRIPT =
  "document.documentElement.dataset.js='';try{const t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}";
