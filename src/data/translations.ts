/**
 * Pairs each English explainer with its Spanish translation (same slug) and
 * reports missing or stale translations once per build.
 */
import { otherLocale, type Locale } from '../i18n/ui';
import { CONTENT_FILES } from '../lib/content-files';
import { assertNoProblems } from '../lib/errors';
import { translationReport } from '../lib/translation-report';
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
  const other = otherLocale(explainer.locale);
  const counterpart = findExplainer(other === 'en' ? english : spanish, explainer.slug);
  const en = explainer.locale === 'en' ? explainer : counterpart;
  const es = explainer.locale === 'es' ? explainer : counterpart;
  const stale = Boolean(en && es && en.entry.data.updated > es.entry.data.updated);
  return { counterpart, stale };
}

/** Logs English pages without a Spanish translation, or with a stale one (the build goes on); fails on a translation with no English page. */
function reportOnce(english: Explainer[], spanish: Explainer[]): void {
  if (reported) return;
  reported = true;
  const file = ({ slug, entry }: Explainer) => ({ slug, file: entry.filePath ?? slug, updated: entry.data.updated });
  const folders = { english: CONTENT_FILES.explainers, spanish: CONTENT_FILES.explainersEs };
  const { warnings, problems } = translationReport(english.map(file), spanish.map(file), folders);
  // On a line of its own: Astro has written the path of the page being rendered, and its time comes after.
  if (warnings.length) console.warn(`\n${warnings.map((warning) => `[translations] ${warning}`).join('\n')}`);
  assertNoProblems(problems);
}
