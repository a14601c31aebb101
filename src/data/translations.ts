/**
 * Pairs each English explainer with its Spanish translation (same slug) and
 * reports missing or stale translations once per build.
 */
import type { Locale } from '../i18n/ui';
import { findExplainer, getExplainers, type Explainer } from './explainers';

export interface TranslationStatus {
  /** The page in the other language, if it exists. */
  counterpart?: Explainer;
  /** The Spanish page is older than the English one (English `updated` is later). */
  stale: boolean;
}

let reported = false;

/** The translation status of an explainer, seen from its own language. */
export async function translationStatus(explainer: Explainer): Promise<TranslationStatus> {
  const [english, spanish] = await Promise.all([getExplainers('en'), getExplainers('es')]);
  reportOnce(english, spanish);
  const other: Locale = explainer.locale === 'en' ? 'es' : 'en';
  const counterpart = findExplainer(other === 'en' ? english : spanish, explainer.slug);
  const en = explainer.locale === 'en' ? explainer : counterpart;
  const es = explainer.locale === 'es' ? explainer : counterpart;
  const stale = Boolean(en && es && en.entry.data.updated > es.entry.data.updated);
  return { counterpart, stale };
}

/** Logs each English page without a Spanish translation, or with a stale one. The build goes on. */
function reportOnce(english: Explainer[], spanish: Explainer[]): void {
  if (reported) return;
  reported = true;
  const bySlug = new Map(spanish.map((e) => [e.slug, e]));
  for (const page of english) {
    const translation = bySlug.get(page.slug);
    if (!translation) console.warn(`[translations] content/explainers/${page.slug}.mdx has no Spanish translation (content/es/explainers/${page.slug}.mdx); its Spanish link shows a notice.`);
    else if (page.entry.data.updated > translation.entry.data.updated) {
      console.warn(`[translations] content/es/explainers/${page.slug}.mdx is stale: the English page was updated later. Update the translation and its \`updated\` date.`);
    }
  }
  for (const page of spanish) {
    if (!findExplainer(english, page.slug)) {
      throw new Error(`content/es/explainers/${page.slug}.mdx has no English original (content/explainers/${page.slug}.mdx). A translation must use the same file name as its English page.`);
    }
  }
}
