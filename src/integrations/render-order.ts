/**
 * Generates the social cards after the pages, not before them. Astro renders
 * one path at a time, in route order, and /social/… sorts first; a card is
 * mostly sharp's work in its own threads, so while Astro waited for each card
 * the page-rendering thread sat idle, and then the pages ran with the other
 * cores idle. The card route starts every card as soon as its paths are
 * known (src/pages/social/[...card].png.ts), which is before any page is
 * rendered: with the cards last, they are drawn while the pages render, and
 * most are ready when Astro asks for them.
 *
 * Only the order in which Astro renders changes: each path still writes its
 * own file, so the output is the same.
 */
import type { AstroIntegration, AstroPrerenderer } from 'astro';

/** Routes whose paths are rendered after all the others: drawn off the main thread, see above. */
const LAST = (route: string) => route.startsWith('/social/');

export function renderOrder(): AstroIntegration {
  return {
    name: 'mg:render-order',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer(
          (prerenderer: AstroPrerenderer): AstroPrerenderer => ({
            name: 'mg:render-order',
            setup: prerenderer.setup?.bind(prerenderer),
            teardown: prerenderer.teardown?.bind(prerenderer),
            collectStaticImages: prerenderer.collectStaticImages?.bind(prerenderer),
            render: prerenderer.render.bind(prerenderer),
            getStaticPaths: async () => {
              const paths = await prerenderer.getStaticPaths();
              return [...paths.filter((path) => !LAST(path.route.route)), ...paths.filter((path) => LAST(path.route.route))];
            },
          }),
        );
      },
    },
  };
}
