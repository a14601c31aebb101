/**
 * Where a field is written in YAML, for messages an editor can act on: the line of
 * `takeaways[1].cite` in a page's frontmatter, or of a list file's entry. Read with the \`yaml\`
 * package, which keeps every node's place (js-yaml, which Astro reads content with, does not).
 */
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';

/** A field's path in parsed YAML: keys and list positions (from 0), as zod reports them. */
export type Path = readonly PropertyKey[];

/** The line (in the file) of each path in `yaml`: its key's line, or its nearest written parent's. */
export function yamlLines(yaml: string, firstLine: number): (path: Path) => number {
  const counter = new LineCounter();
  const document = parseDocument(yaml, { lineCounter: counter });
  const lineAt = (node: Node | null | undefined, offset?: number) => counter.linePos(offset ?? node?.range?.[0] ?? 0).line + firstLine - 1;
  return (path) => {
    let node: unknown = document.contents;
    let line = lineAt(document.contents as Node | null);
    for (const segment of path) {
      if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
        node = node.items[segment];
        line = lineAt(node as Node);
      } else if (isMap(node)) {
        const pair = node.items.find((item) => String(isScalar(item.key) ? item.key.value : item.key) === String(segment));
        if (!pair) break;
        line = lineAt(undefined, isScalar(pair.key) ? pair.key.range?.[0] : undefined);
        node = pair.value;
      } else break;
    }
    return line;
  };
}

