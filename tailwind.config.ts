/**
 * Thin Tailwind config, loaded from src/styles/global.css with `@config`.
 * Design tokens live in CSS (`@theme` in src/styles/global.css), never here.
 */
export default {
  content: ['./src/**/*.{astro,ts,mdx}', './content/**/*.mdx'],
};
