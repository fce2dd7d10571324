/**
 * Regular English inflections of a base word, so one table row covers "threaten", "threatens",
 * "threatened", "threatening" and "brutal", "brutally". Over-generation is harmless: a form that is
 * not a word never occurs in text. Irregular forms ("knelt", "proven") are listed in the lexicons.
 */
const VOWELS = /[aeiou]/;

export function inflections(base: string): string[] {
  const w = base.toLowerCase();
  const out = new Set<string>([w]);
  if (!/^[a-z][a-z'-]*[a-z]$/.test(w)) return [...out];
  const add = (...forms: string[]) => forms.forEach((f) => out.add(f));
  const last = w[w.length - 1];
  if (w.endsWith('ie')) add(`${w}s`, `${w}d`, `${w.slice(0, -2)}ying`);
  else if (last === 'e') add(`${w}s`, `${w}d`, `${w.slice(0, -1)}ing`, `${w}r`);
  else if (last === 'y' && !VOWELS.test(w[w.length - 2])) add(`${w.slice(0, -1)}ies`, `${w.slice(0, -1)}ied`, `${w}ing`, `${w.slice(0, -1)}ily`);
  else if (/(?:s|sh|ch|x|z)$/.test(w)) add(`${w}es`, `${w}ed`, `${w}ing`);
  else {
    add(`${w}s`, `${w}ed`, `${w}ing`, `${w}er`);
    // "ram" -> "rammed", "plot" -> "plotted": one short syllable ending consonant-vowel-consonant.
    if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(w)) add(`${w}${last}ed`, `${w}${last}ing`, `${w}${last}er`);
  }
  // Adverbs: "brutal" -> "brutally", "shameless" -> "shamelessly", "horrible" -> "horribly", "tragic" -> "tragically".
  if (w.endsWith('le')) add(`${w.slice(0, -1)}y`);
  else if (w.endsWith('ic')) add(`${w}ally`);
  else if (last !== 'y') add(`${w}ly`);
  return [...out];
}
