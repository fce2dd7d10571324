import type { Technique } from '../dossier/contract.js';

/** How many times one loaded phrase must appear before its repeats count as a technique. */
const MIN_OCCURRENCES = 3;
const REPEATABLE = new Set(['Loaded_Language', 'Name_Calling,Labeling', 'Slogans', 'Appeal_to_fear-prejudice']);

/** The repeats of a loaded phrase used again and again, each after its first use. */
export function repetitions(found: Technique[]): Technique[] {
  const byPhrase = new Map<string, Technique[]>();
  for (const t of found) {
    if (!REPEATABLE.has(t.label)) continue;
    const key = t.text.toLowerCase().replace(/\s+/g, ' ');
    const list = byPhrase.get(key);
    if (list) list.push(t);
    else byPhrase.set(key, [t]);
  }
  const out: Technique[] = [];
  for (const list of byPhrase.values()) {
    if (list.length < MIN_OCCURRENCES) continue;
    for (const t of list.slice(1)) {
      out.push({
        label: 'Repetition',
        start: t.start,
        end: t.end,
        text: t.text,
        confidence: 0.7,
        explanation: `"${t.text}": the same loaded phrase used ${list.length} times`,
      });
    }
  }
  return out;
}
