/** Per-page citation state shared by the layout and the inline `<Cite>` components. */
export interface CitationContext {
  /** Note number (1-based) of a source id, or undefined if the page does not cite it. */
  numberOf(id: string): number | undefined;
  /** The anchor id for the next inline citation of a source: `cite-3-1`, `cite-3-2`… */
  nextAnchor(id: string): string;
}

/** Creates the citation context for a page whose sources are numbered in `order`. */
export function createCitationContext(order: string[]): CitationContext {
  const numbers = new Map(order.map((id, index) => [id, index + 1]));
  const seen = new Map<string, number>();
  return {
    numberOf: (id) => numbers.get(id),
    nextAnchor(id) {
      const count = (seen.get(id) ?? 0) + 1;
      seen.set(id, count);
      return `cite-${numbers.get(id)}-${count}`;
    },
  };
}
