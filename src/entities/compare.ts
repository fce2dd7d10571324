/**
 * Name comparison for the entity stage: forms are tokenised once, word-pair similarities and results
 * are kept (bounded), and the explanation is only written for pairs that match.
 */
import { compareTokens, MATCH_THRESHOLD, scoreTokens } from '../names/compare.js';
import { PairMemo } from '../names/pair-memo.js';
import { cachedTokens } from '../names/cache.js';
import type { NameKind } from '../names/tokens.js';

export interface Comparison {
  score: number;
  match: boolean;
  explanation: string;
}

export type Compare = (a: string, b: string, kind: NameKind) => Comparison;

const MEMO_LIMIT = 100_000;
const memo = new PairMemo();
/** Pairs of forms recur from text to text too ("Ministry of Finance" and "Ministry of Health"). */
const results = new Map<string, Comparison>();

/** A comparer for one text; what it learns is kept, within bounds, for the next. */
export function textComparer(): Compare {
  if (memo.size >= MEMO_LIMIT) memo.clear();
  if (results.size >= MEMO_LIMIT) results.clear();
  return (a, b, kind) => {
    const key = `${kind}\u0000${a}\u0000${b}`;
    const known = results.get(key);
    if (known) return known;
    const ta = cachedTokens(a, kind);
    const tb = cachedTokens(b, kind);
    const score = scoreTokens(ta, tb, kind, memo);
    const out = score >= MATCH_THRESHOLD ? compareTokens(ta, tb, kind, memo) : { score, match: false, explanation: '' };
    results.set(key, out);
    return out;
  };
}
