import { nearestName } from './edit-distance';
import { withoutCodeFences } from './mdx-body';

/**
 * The names of the authors' kit: the components an explainer uses in MDX without an import
 * (src/components/content/index.ts, which must list exactly these; the type check holds the
 * two together).
 */
export const AUTHORS_KIT = ['Account', 'AccountsDiffer', 'Callout', 'Cite', 'En', 'Es', 'Figure', 'Glossary', 'LocatorMap', 'SingleSource', 'StackedRows', 'Term', 'Timeline'] as const;

export interface UnknownComponent {
  /** The tag as written, e.g. "Callot". */
  name: string;
  /** Line in `body`, from 1. */
  line: number;
  /** The kit's nearest name, if one is close. */
  nearest?: string;
}

/**
 * Capitalised tags in an MDX body that are not in the kit, outside code fences. MDX would take
 * each for a component and fail while rendering, naming the page's address rather than the file.
 */
export function unknownComponents(body: string, kit: readonly string[] = AUTHORS_KIT): UnknownComponent[] {
  const found: UnknownComponent[] = [];
  withoutCodeFences(body).split('\n').forEach((text, index) => {
    for (const match of text.matchAll(/<\/?([A-Z][\w.]*)/g)) {
      const name = match[1];
      if (kit.includes(name) || match[0].startsWith('</')) continue;
      found.push({ name, line: index + 1, nearest: nearestName(name, kit) });
    }
  });
  return found;
}
