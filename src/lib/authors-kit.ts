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
  /** The tag is a kit name in the wrong case ("cite" for "Cite"): MDX takes it for plain HTML, silently. */
  miscased?: boolean;
}

/**
 * Tags in an MDX body, outside code fences, that are not the kit's: capitalised ones not in it,
 * which MDX would take for a component and fail while rendering, naming the page's address
 * rather than the file; and kit names in lower case (`<cite id="…">`), which MDX takes for plain
 * HTML: the page would build with the note, callout or term silently missing.
 */
export function unknownComponents(body: string, kit: readonly string[] = AUTHORS_KIT): UnknownComponent[] {
  const found: UnknownComponent[] = [];
  const byLowerCase = new Map(kit.map((name) => [name.toLowerCase(), name]));
  withoutCodeFences(body).split('\n').forEach((text, index) => {
    for (const match of text.matchAll(/<([A-Za-z][\w.]*)/g)) {
      const name = match[1];
      if (kit.includes(name)) continue;
      if (/^[a-z]/.test(name)) {
        const kitName = byLowerCase.get(name.toLowerCase());
        if (kitName) found.push({ name, line: index + 1, nearest: kitName, miscased: true });
        continue;
      }
      found.push({ name, line: index + 1, nearest: nearestName(name, kit) });
    }
  });
  return found;
}
