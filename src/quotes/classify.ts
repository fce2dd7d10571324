/** Why a quoted stretch is, or is not, quoted speech. */
export interface Verdict {
  speech: boolean;
  reason: string;
}

/** Small words a name or title may contain without breaking its capitals ("Al-Qaeda in the Arabian Peninsula"). */
const NAME_LINKS = new Set('of the in and for de du des la le al el bin ibn abu van von der den da di a an on to at'.split(' '));

/** Words just before a quotation that present it as a name, a title or a term rather than speech. */
const NAMING_CUE =
  /\b(?:call(?:s|ed|ing)?\s+(?:it|them|this|that|him|her)|called|named|nicknamed|dubbed|alias|aka|known\s+as|so-called|titled|entitled|term|word|phrase|slogan|label|book|film|novel|song|operation|party|newspaper|magazine|movement|group|brand|hotel|street)\s*$/i;

/** A quotation with no speaker needs this many words to count as speech rather than a scare quote. */
const MIN_UNATTRIBUTED_WORDS = 4;

/** How the speaker was found: next to the quotation ("…," she said), inside reported speech, or not at all. */
export type Attribution = 'direct' | 'reported' | null;

interface Rule {
  name: string;
  test(words: string[], before: string, attributed: Attribution): boolean | null;
  reason: string;
}

/** Tried in order; the first rule that decides (true or false) gives the verdict. */
export const QUOTE_RULES: Rule[] = [
  { name: 'naming-cue', test: (_w, before) => (NAMING_CUE.test(before) ? false : null), reason: 'a word before it presents a name, title or term ("so-called", "the book")' },
  { name: 'name-like', test: (w, _b, a) => (isNameLike(w) && (w.length > 1 || a !== 'direct') ? false : null), reason: 'every main word is capitalised: a quoted name, not speech' },
  { name: 'attributed', test: (w, _b, a) => (a === 'direct' && w.length > 0 ? true : null), reason: 'a speech verb next to it names who says it' },
  { name: 'reported', test: (w, _b, a) => (a === 'reported' && w.length > 1 ? true : null), reason: 'a phrase quoted inside reported speech ("said the tender was "…"")' },
  { name: 'short-phrase', test: (w) => (w.length < MIN_UNATTRIBUTED_WORDS ? false : null), reason: 'a short quoted phrase with no speech verb is a scare quote' },
  { name: 'long-quotation', test: () => true, reason: 'a quoted clause long enough to be speech or a document\'s words' },
];

export function classifyQuoted(content: string, before: string, attributed: Attribution): Verdict {
  const words = content.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  for (const rule of QUOTE_RULES) {
    const decision = rule.test(words, before, attributed);
    if (decision !== null) return { speech: decision, reason: rule.reason };
  }
  return { speech: false, reason: 'no rule decided' };
}

function isNameLike(words: string[]): boolean {
  if (words.length === 0 || words.length > 8) return false;
  const main = words.filter((w) => !NAME_LINKS.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')));
  return main.length > 0 && main.every((w) => /^[^\p{L}]*[\p{Lu}\p{N}]/u.test(w) && !/[.!?]$/.test(w));
}
