/**
 * Valid HTML: html-validate with the project's .htmlvalidate.json (its
 * "recommended" preset, the strictest it ships, with three documented changes).
 * @see https://html-validate.org/rules/presets.html
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';

const config = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../.htmlvalidate.json'), 'utf8')) as ConfigData;
const validator = new HtmlValidate(config);

/** Every validation error in `html`, one line each ("12:5 rule-id: message"). */
export async function htmlErrors(html: string, name: string): Promise<string[]> {
  const report = await validator.validateString(html, name);
  return report.results.flatMap((result) =>
    result.messages.filter((m) => m.severity === 2).map((m) => `${name} ${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
  );
}
