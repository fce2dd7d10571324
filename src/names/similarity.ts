import { distance } from 'fastest-levenshtein';
import { fold } from './fold.js';
import { jaroWinkler } from './jaro.js';
import { osaDistance } from './osa.js';
import type { NameToken } from './tokens.js';

export interface TokenMatch {
  sim: number;
  how: string;
}

const NONE: TokenMatch = { sim: 0, how: 'different' };
/** How a pair across scripts that met by consonants alone is labelled (the hit rules ask more of it). */
export const SCRIPT_CONSONANTS = 'script consonants';
/** Words shorter than this match only when their folded keys are equal. */
export const MIN_FUZZY_LEN = 5;
/** How far above the edit-distance similarity of the folded keys a score may go. */
export const EDIT_SLACK = 0.1;
/** Below this no rule can lift a pair to a match (one edit on a long key already scores above it). */
const TOKEN_FLOOR = 0.8;
const FIRST_LETTER_FACTOR = 0.9;
/** Across scripts only consonants compare, and a consonant match says less than a spelled one. */
export const SCRIPT_FACTOR = 0.95;

/** How alike two tokens (or joined runs of tokens) are, and by which rule. */
export function tokenSimilarity(a: NameToken, b: NameToken): TokenMatch {
  if (a.raw === b.raw) return { sim: 1, how: 'exact' };
  if (a.initial || b.initial) {
    const [init, full] = a.initial ? [a, b] : [b, a];
    return !full.initial && full.raw.startsWith(init.raw) ? { sim: 0.85, how: 'initial' } : NONE;
  }
  if (a.key === b.key) return { sim: 0.97, how: 'transliteration' };
  const short = Math.min(a.raw.length, b.raw.length);
  if (a.abjad !== b.abjad) {
    // Arabic script leaves short vowels out: only consonants compare, and two of them say little.
    if (a.skel === b.skel && a.skel.length >= 3) return { sim: 0.95, how: SCRIPT_CONSONANTS };
    if (a.skel === b.skel && a.skel.length === 2) return { sim: 0.86, how: `${SCRIPT_CONSONANTS} (two)` };
    if (a.skel.length < 3 || b.skel.length < 3 || a.skel[0] !== b.skel[0]) return NONE;
    const s = Math.min(jaroWinkler(a.skel, b.skel), 1 - osaDistance(a.skel, b.skel) / Math.max(a.skel.length, b.skel.length) + EDIT_SLACK) * SCRIPT_FACTOR;
    return s >= 0.84 ? { sim: round(s), how: `${SCRIPT_CONSONANTS} ~` } : NONE;
  }
  // Short names differ by a single letter too often (Ali/Alia, Omar/Amar, Ping/Pang): only folds count.
  if (short < MIN_FUZZY_LEN) return NONE;
  // Edits bound the score from above, and a length difference is at least that many edits.
  const longest = Math.max(a.key.length, b.key.length);
  // The letters one key has and the other lacks are edits too (a swap of neighbours changes none): a cheap bound first.
  if (1 - bagDistance(a.key, b.key) / longest + EDIT_SLACK < TOKEN_FLOOR && stripArticle(a.raw) === a.raw && stripArticle(b.raw) === b.raw) return NONE;
  const jwRaw = jaroWinkler(a.raw, b.raw);
  const jwKey = jaroWinkler(a.key, b.key) * 0.98;
  const article = joinedArticle(a.raw, b.raw);
  if (Math.max(jwRaw, jwKey, article) < TOKEN_FLOOR) return NONE;
  const lev = distance(a.key, b.key);
  const levSim = short >= 6 && lev === 1 && a.key[0] === b.key[0] ? 0.93 : 0;
  const spelled = Math.max(jwRaw, jwKey, levSim);
  // Jaro-Winkler rewards a shared start too much ("Svetlana"/"Svetlanovich"): edits on the folded key bound it.
  const bound = 1 - osaDistance(a.key, b.key) / Math.max(a.key.length, b.key.length) + EDIT_SLACK;
  // A different first sound makes a different name (Zaqhani/Rakhani), however alike the rest.
  const start = a.key[0] === b.key[0] || a.raw[0] === b.raw[0] ? 1 : FIRST_LETTER_FACTOR;
  const best = Math.max(Math.min(bound, spelled) * start, article);
  const how =
    best === article ? 'article joined' : start < 1 ? 'different first letter' : best < spelled ? 'edits on folded key' : best === levSim ? 'edit distance 1' : best === jwRaw ? 'jaro-winkler' : 'jaro-winkler (folded)';
  return { sim: round(best), how: `${how} ${round(best).toFixed(2)}` };
}

const bag = new Int16Array(128);

/** At most the edit distance, at least the length difference: how many letters one key has beyond the other. */
function bagDistance(a: string, b: string): number {
  for (let i = 0; i < a.length; i++) bag[a.charCodeAt(i) & 127]++;
  for (let i = 0; i < b.length; i++) bag[b.charCodeAt(i) & 127]--;
  let more = 0;
  let fewer = 0;
  for (let i = 0; i < a.length + b.length; i++) {
    const c = (i < a.length ? a.charCodeAt(i) : b.charCodeAt(i - a.length)) & 127;
    const v = bag[c];
    if (v > 0) more += v;
    else fewer -= v;
    bag[c] = 0;
  }
  return Math.max(more, fewer);
}

/** The Arabic article written joined to the name: "Alhammam" / "Hammam". */
export function stripArticle(raw: string): string {
  return /^(?:al|el)[a-z]{4,}$/.test(raw) ? raw.slice(2) : raw;
}

function joinedArticle(a: string, b: string): number {
  const [sa, sb] = [stripArticle(a), stripArticle(b)];
  if (sa === a && sb === b) return 0;
  const [ka, kb] = [fold(sa), fold(sb)];
  return Math.min(jaroWinkler(ka, kb) * 0.96, 1 - osaDistance(ka, kb) / Math.max(ka.length, kb.length) + EDIT_SLACK);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
