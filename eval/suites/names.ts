import { readFileSync } from 'node:fs';
import { outsiders } from '../../bench/names/generate.js';
import { parseUnXml } from '../../src/watchlists/un.js';
import { falseHitRate, loadPairs, scorePairs, UN_FILE, unAvailable, unRecall } from '../names/score.js';
import { check, type Check, type EvalSuite, type Row } from '../suite.js';

const OUTSIDERS = 10_000;

/** The name matcher on labelled pairs; screening recall and false hits on the real UN list. */
export const namesSuite: EvalSuite = {
  name: 'names and watchlists',
  perArticle: false,
  run() {
    const pairs = loadPairs();
    const s = scorePairs(pairs);
    const rows: Row[] = [
      { name: 'labelled pairs', values: { pairs: pairs.length, tp: s.tp, fp: s.fp, fn: s.fn, tn: s.tn, precision: s.precision, recall: s.recall, f1: s.f1 } },
    ];
    const checks: Check[] = [check('labelled pairs F1', s.f1, '>=', 0.92)];
    const notes = s.errors.slice(0, 12);
    if (!unAvailable()) {
      notes.push(`UN list not found at ${UN_FILE}: recall@1 and false-hit rate skipped`);
      return { rows, checks, notes };
    }
    const entries = parseUnXml(readFileSync(UN_FILE, 'utf8'));
    const r = unRecall(entries);
    const f = falseHitRate(entries, outsiders(OUTSIDERS, 2024));
    rows.push({ name: 'UN aliases as queries', values: { queries: r.queries, 'recall@1': r.first / r.queries, 'recall@1 ties': r.tied / r.queries } });
    rows.push({ name: 'not-listed names', values: { queries: OUTSIDERS, 'above threshold': f.hits.length, rate: f.rate } });
    checks.push(check('UN recall@1 (ties counted)', r.tied / r.queries, '>=', 0.95));
    checks.push(check('UN recall@1 (strict first place)', r.first / r.queries, '>=', 0.95));
    checks.push(check('not-listed names above threshold', f.rate, '<=', 0.01));
    notes.push(...r.misses.slice(0, 8).map((m) => `UN miss: ${m}`), ...f.hits.slice(0, 8).map((h) => `false hit: ${h}`));
    return { rows, checks, notes };
  },
};
