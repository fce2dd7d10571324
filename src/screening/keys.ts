import { fold, skeleton } from '../names/fold.js';
import { stripArticle } from '../names/similarity.js';
import type { NameToken } from '../names/tokens.js';

/**
 * Blocking keys of a name. A token yields its folded key and every one-letter deletion of it (so any
 * single edit or swap of neighbours meets on a shared key), plus its consonant skeleton (vowel spellings
 * and Arabic script). Adjacent tokens also give the keys of their joined form ("Bel Mokhtar").
 * Each key is reported with the positions of the tokens it stands for.
 */
export interface BlockKey {
  hash: number;
  start: number;
  end: number;
}

const MIN_DELETE_LEN = 4;

export function blockKeys(tokens: NameToken[], maxRun: number, out: BlockKey[] = []): BlockKey[] {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.particle && !t.initial) {
      tokenKeys(t.key, t.skel, i, i + 1, true, out);
      const bare = stripArticle(t.raw);
      if (bare !== t.raw) tokenKeys(fold(bare), skeleton(fold(bare)), i, i + 1, true, out);
    }
    let raw = t.raw;
    for (let len = 2; len <= maxRun && i + len <= tokens.length; len++) {
      const next = tokens[i + len - 1];
      if (next.initial || t.initial) break;
      raw += next.raw;
      const key = fold(raw);
      tokenKeys(key, skeleton(key), i, i + len, false, out);
    }
  }
  return out;
}

function tokenKeys(key: string, skel: string, start: number, end: number, deletes: boolean, out: BlockKey[]): void {
  out.push({ hash: hash(1, key), start, end });
  if (deletes && key.length >= MIN_DELETE_LEN) {
    for (let j = 0; j < key.length; j++) {
      if (j > 0 && key[j] === key[j - 1]) continue;
      out.push({ hash: hash(1, key.slice(0, j) + key.slice(j + 1)), start, end });
    }
  }
  if (skel.length >= 2) out.push({ hash: hash(2, skel), start, end });
}

/** FNV-1a over a namespace number and the characters. */
export function hash(space: number, s: string): number {
  let h = (0x811c9dc5 ^ space) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
