/** Component tests render .astro files with Astro's Container API, so they need Astro's Vite config. */
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    name: 'components',
    include: ['tests/components/**/*.test.ts'],
    setupFiles: ['tests/components/setup.ts'],
  },
});
