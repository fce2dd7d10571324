/**
 * Words that end in a period without ending a sentence. Lower-case keys, no final period.
 * Each group says why it is here.
 */
export const ABBREVIATIONS: Record<string, string> = {
  ...group('titles before a name', 'mr mrs ms dr prof sr jr st gen col lt capt cmdr maj sgt rev fr hon pres gov sen rep amb insp supt cpl adm brig'),
  ...group('words before a number', 'no nos nr art arts sec para p pp vol ch fig ref tel ext approx ca'),
  ...group('company and legal forms', 'inc ltd co corp bros plc llc llp b.v n.v s.a s.a.r.l gmbh ag'),
  ...group('common shortenings mid-sentence', 'vs etc e.g i.e cf al esp dept est govt min max univ assn'),
  ...group('months', 'jan feb mar apr jun jul aug sep sept oct nov dec'),
  ...group('places and addresses', 'u.s u.k u.n e.u u.s.a ave blvd rd mt ft'),
};

function group(reason: string, words: string): Record<string, string> {
  return Object.fromEntries(words.split(' ').map((w) => [w, reason]));
}

/** True when `word` (without its final period) is a known abbreviation or an initial ("J", "K.M.S"). */
export function isAbbreviation(word: string): boolean {
  const w = word.toLowerCase();
  if (w in ABBREVIATIONS) return true;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "J. Smith"
  return /^(?:\p{L}\.)+\p{L}$/u.test(word); // dotted letters: "K.M.S", "B.V"
}
