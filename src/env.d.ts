/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by the explainer layout so inline citations can number themselves. */
    citations?: import('./lib/citation-context').CitationContext;
  }
}
