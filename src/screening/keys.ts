import { fold, skeleton } from '../names/fold.js';
import { EDIT_SLACK, MIN_FUZZY_LEN, SCRIPT_FACTOR, stripArticle } from '../names/similarity.js';

/**
 * Keys that find every list word a query word may match. The matcher caps a word pair's similarity
 * at 1 + EDIT_SLACK - edits / length on the folded keys, so a pair that reaches `min` differs by at
 * most editBudget(length, min) edits. Two words within k edits (a swap of neighbours counts as one)
 * share a key once each drops at most k letters, so a word yields itself with every 1..k-letter
 * deletion (a symmetric deletion neighbourhood). Arabic script spells no short vowels, so across
 * scripts the consonant skeletons meet the same way.
 */
const KEY = 1;
const LATIN_SKELETON = 2;
const ARABIC_SKELETON = 3;
const RUN = 5;
const RAW_RUN = 6;

export type KeyRole = 'index' | 'query';

/** How many edits two keys, the longer `length` letters long, may differ by and still score `min`. */
export function editBudget(length: number, min: number): number {
  return Math.max(0, Math.floor((1 + EDIT_SLACK - min) * length + 1e-9));
}

export function wordKeys(key: string, raw: string, abjad: boolean, role: KeyRole, min: number, out: number[] = []): number[] {
  out.push(hash(KEY, key));
  // Shorter words match only when their folded keys are equal.
  if (raw.length >= MIN_FUZZY_LEN) deletions(KEY, key, editBudget(key.length, min), out);
  const skel = skeleton(key);
  if (skel.length >= 2) {
    // Lists file skeletons by script; a query looks only in the other script's.
    const space = (abjad ? role === 'index' : role === 'query') ? ARABIC_SKELETON : LATIN_SKELETON;
    out.push(hash(space, skel));
    if (skel.length >= 3) deletions(space, skel, editBudget(skel.length, min / SCRIPT_FACTOR), out);
  }
  const bare = stripArticle(raw);
  if (bare !== raw) wordKeys(fold(bare), bare, abjad, role, min, out);
  return out;
}

/**
 * The hashes of every string made by dropping 1..budget letters of `s`, each once: within a run of
 * one letter only its first letters are dropped, as dropping any of them gives the same string.
 */
function deletions(space: number, s: string, budget: number, out: number[]): void {
  if (budget <= 0) return;
  const n = s.length;
  const walk = (pos: number, h: number, left: number, dropped: boolean): void => {
    if (pos === n) {
      if (left < budget) out.push(h >>> 0);
      return;
    }
    const c = s.charCodeAt(pos);
    walk(pos + 1, Math.imul(h ^ c, 0x01000193), left, false);
    if (left > 0 && (pos === 0 || dropped || s.charCodeAt(pos - 1) !== c)) walk(pos + 1, h, left - 1, true);
  };
  walk(0, (0x811c9dc5 ^ space) >>> 0, budget, false);
}

/** The key of words written apart in a list name but joined in a query ("Bel Mokhtar" / "Belmokhtar"). */
export function runKey(key: string): number {
  return hash(RUN, key);
}

/** Two words written apart, by their letters alone. */
export function rawRunKey(raw: string): number {
  return hash(RAW_RUN, raw);
}

/** FNV-1a over a key-space number and the characters. */
export function hash(space: number, s: string): number {
  let h = (0x811c9dc5 ^ space) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
