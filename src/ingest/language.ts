import { readFileSync } from 'node:fs';
import { franc } from 'franc';

const TABLE = JSON.parse(readFileSync(new URL('../../data/ingest/languages.json', import.meta.url), 'utf8')) as {
  languages: Record<string, string>;
};
const ONLY = Object.keys(TABLE.languages);

/** The ISO 639-1 code of the text's language, or null when the text is too short or the language unknown. */
export function detectLanguage(text: string): string | null {
  const sample = text.length > 6000 ? text.slice(0, 3000) + ' ' + text.slice(-3000) : text;
  if (sample.replace(/[\s\d\p{P}]+/gu, '').length < 60) return null;
  const code = franc(sample, { only: ONLY, minLength: 20 });
  return TABLE.languages[code] ?? null;
}
