/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by each page or layout that shows citations (explainers, briefs, the home and article pages), so inline citations can number themselves. */
    citations?: import('./lib/citation-context').CitationContext;
    /** Set by a layout that links src/styles/locator-map.css, which <LocatorMap /> needs. */
    locatorMapStyles?: boolean;
    /** Set by a layout that links src/styles/stacked-rows.css, which <StackedRows> needs. */
    stackedRowsStyles?: boolean;
  }
}
