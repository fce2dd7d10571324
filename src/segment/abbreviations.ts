/**
 * Words that end in a period without ending a sentence. Lower-case keys, no final period.
 * `canEnd`: the word also closes sentences ("... of Acme Ltd. The next day"), so a period
 * after it ends one when a line break or a typical sentence opener follows.
 */
export interface Abbreviation {
  reason: string;
  canEnd: boolean;
}

export const ABBREVIATIONS: Record<string, Abbreviation> = {
  ...group('titles before a name', false, 'mr mrs ms dr prof sr jr st gen col lt capt cmdr maj sgt rev fr hon pres gov sen rep amb insp supt cpl adm brig messrs mme mlle'),
  ...group('words before a number', false, 'no nos nr art arts sec para p pp vol ch fig ref tel ext approx ca op nº'),
  ...group('shortenings inside a sentence', false, 'vs e.g i.e cf viz al esp dept est govt univ assn'),
  ...group('company and legal forms', true, 'inc ltd co corp bros plc llc llp b.v n.v s.a s.a.r.l gmbh ag s.p.a pty'),
  ...group('shortenings that often end a sentence', true, 'etc min max a.m p.m'),
  ...group('months', true, 'jan feb mar apr jun jul aug sep sept oct nov dec'),
  ...group('places and addresses', true, 'u.s u.k u.n e.u u.s.a u.a.e ave blvd rd mt ft'),
};

function group(reason: string, canEnd: boolean, words: string): Record<string, Abbreviation> {
  return Object.fromEntries(words.split(' ').map((w) => [w, { reason, canEnd }]));
}

/** Words that open a sentence: after an abbreviation that can end one, they show that it did. */
export const SENTENCE_OPENERS = new Set(
  'the a an he she it they we i you this that these those there his her their its our but and so yet however in on at after before when while since if as for from according meanwhile later then one two'.split(' '),
);

/**
 * How a word before a period behaves: 'never' (a title or "No." always continues),
 * 'may' (an abbreviation or initial that can also close a sentence), or null (an ordinary word).
 */
export function abbreviationKind(word: string): 'never' | 'may' | null {
  const entry = ABBREVIATIONS[word.toLowerCase()];
  if (entry) return entry.canEnd ? 'may' : 'never';
  if (/^\p{Lu}$/u.test(word)) return 'may'; // an initial: "J. R. Smith", or "Plan B."
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return 'may'; // dotted letters: "R.T.D", "B.V"
  return null;
}

/** True when `word` (without its final period) is a known abbreviation or an initial. */
export function isAbbreviation(word: string): boolean {
  return abbreviationKind(word) !== null;
}
