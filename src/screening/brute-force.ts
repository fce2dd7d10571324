import { scoreTokens } from '../names/compare.js';
import { PairMemo } from '../names/pair-memo.js';
import { nameTokens } from '../names/tokens.js';
import { type Candidate, type NameIndex, REPORT_FLOOR } from './name-index.js';
import type { IndexedName } from './name-table.js';
import { TopEntries } from './top.js';

export interface NameSource {
  size: number;
  name(i: number): IndexedName;
}

/**
 * Every name of the list scored against each query, without the index's keys or bounds: the
 * reference the index is measured against. Names are the outer loop so each is read and tokenised
 * once for all the queries. `part` scores every `of`-th name from `index` on, so that several
 * processes can share a large list; merging their tops gives the whole list's.
 */
export function bruteForceScores(list: NameSource, queries: string[], opts: { limit?: number; part?: { index: number; of: number } } = {}): Candidate[][] {
  const qts = queries.map((q) => nameTokens(q));
  const memos = queries.map(() => new PairMemo());
  const tops = queries.map(() => new TopEntries(opts.limit ?? 10));
  const { index: first, of: step } = opts.part ?? { index: 0, of: 1 };
  for (let id = first; id < list.size; id += step) {
    const n = list.name(id);
    const tokens = nameTokens(n.text, n.kind);
    for (let q = 0; q < qts.length; q++) {
      const score = scoreTokens(qts[q], tokens, n.kind, memos[q]);
      if (score >= REPORT_FLOOR) tops[q].addScore(n.entry, id, score);
    }
  }
  return tops.map((t) => t.best);
}

/** The brute-force results with their explanations. */
export function bruteForce(index: NameIndex, queries: string[], opts: { limit?: number } = {}): Candidate[][] {
  return bruteForceScores(index, queries, opts).map((best, q) => index.explain(nameTokens(queries[q]), best, undefined, new PairMemo()));
}
