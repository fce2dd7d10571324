import { scoreTokens } from '../names/compare.js';
import { PairMemo } from '../names/pair-memo.js';
import { nameTokens } from '../names/tokens.js';
import { type Candidate, type NameIndex, REPORT_FLOOR } from './name-index.js';
import { TopEntries } from './top.js';

/**
 * Every name of the list scored against each query, without the index's keys or bounds: the
 * reference the index is measured against. Names are the outer loop so each is read and tokenised
 * once for all the queries.
 */
export function bruteForce(index: NameIndex, queries: string[], opts: { limit?: number } = {}): Candidate[][] {
  const qts = queries.map((q) => nameTokens(q));
  const memos = queries.map(() => new PairMemo());
  const tops = queries.map(() => new TopEntries(opts.limit ?? 10));
  for (let id = 0; id < index.size; id++) {
    const n = index.name(id);
    const tokens = nameTokens(n.text, n.kind);
    for (let q = 0; q < qts.length; q++) {
      const score = scoreTokens(qts[q], tokens, n.kind, memos[q]);
      if (score >= REPORT_FLOOR) tops[q].add({ entry: n.entry, name: id, comparison: { score, match: false, explanation: '', aligned: [] } });
    }
  }
  return tops.map((t, q) => index.explain(qts[q], t.best, undefined, memos[q]));
}
