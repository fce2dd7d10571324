import { fold, skeleton } from '../names/fold.js';
import { MIN_FUZZY_LEN, stripArticle } from '../names/similarity.js';

/**
 * Keys that find the list words a query word may match. A word yields its folded key and, when long
 * enough to be matched loosely, every one-letter deletion of it (any single edit or swap of
 * neighbours then meets on a shared key) and its first letters (Jaro-Winkler forgives later
 * differences). Its consonant skeleton bridges Arabic script, which spells no short vowels, and Latin.
 */
const KEY = 1;
const LATIN_SKELETON = 2;
const ARABIC_SKELETON = 3;
const PREFIX = 4;
const RUN = 5;
const RAW_RUN = 6;
const PREFIX_LEN = 5;
const PREFIX_MIN_KEY = 7;

export type KeyRole = 'index' | 'query';

export function wordKeys(key: string, raw: string, abjad: boolean, role: KeyRole, out: number[] = []): number[] {
  out.push(hash(KEY, key));
  if (key.length >= MIN_FUZZY_LEN) {
    for (let j = 0; j < key.length; j++) {
      if (j > 0 && key[j] === key[j - 1]) continue;
      out.push(hash(KEY, key.slice(0, j) + key.slice(j + 1)));
    }
  }
  if (key.length >= PREFIX_MIN_KEY) out.push(hash(PREFIX, key.slice(0, PREFIX_LEN)));
  const skel = skeleton(key);
  if (skel.length >= 2) {
    // Lists file skeletons by script; a query looks only in the other script's.
    const own = abjad ? ARABIC_SKELETON : LATIN_SKELETON;
    const other = abjad ? LATIN_SKELETON : ARABIC_SKELETON;
    out.push(hash(role === 'index' ? own : other, skel));
  }
  const bare = stripArticle(raw);
  if (bare !== raw) wordKeys(fold(bare), bare, abjad, role, out);
  return out;
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
