import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareNames } from '../../src/names/compare.js';
import type { NameKind } from '../../src/names/tokens.js';
import { Screener } from '../../src/screening/screen.js';
import { namesOf, type WatchEntry } from '../../src/watchlists/entry.js';

const HERE = new URL('.', import.meta.url).pathname;

export interface LabelledPair {
  a: string;
  b: string;
  same: boolean;
  kind: NameKind;
  note: string;
}

export function loadPairs(file = join(HERE, 'pairs.tsv')): LabelledPair[] {
  const [header, ...lines] = readFileSync(file, 'utf8').split(/\r?\n/).filter((l) => l.trim());
  const cols = header.split('\t');
  const at = (row: string[], name: string) => row[cols.indexOf(name)] ?? '';
  return lines.map((l) => l.split('\t')).map((r) => ({
    a: at(r, 'name_a'),
    b: at(r, 'name_b'),
    same: at(r, 'label') === '1',
    kind: at(r, 'kind') === 'organization' ? 'organization' : 'person',
    note: at(r, 'note'),
  }));
}

export interface PairScores {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
  errors: string[];
}

/** Precision, recall and F1 of the matcher's decision on labelled pairs. */
export function scorePairs(pairs: LabelledPair[]): PairScores {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  const errors: string[] = [];
  for (const p of pairs) {
    const r = compareNames(p.a, p.b, { kind: p.kind });
    if (r.match && p.same) tp++;
    else if (r.match) {
      fp++;
      errors.push(`false match ${r.score}: ${p.a} / ${p.b} (${p.note})`);
    } else if (p.same) {
      fn++;
      errors.push(`missed ${r.score}: ${p.a} / ${p.b} (${p.note})`);
    } else tn++;
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  return { tp, fp, fn, tn, precision, recall, f1: (2 * precision * recall) / Math.max(1e-9, precision + recall), errors };
}

/**
 * Every name of every UN entry as a query: is that entry ranked first? `tied` also counts the entry
 * when it shares the top score with others (an alias such as "Abu Ismail" that several entries carry).
 */
export function unRecall(entries: WatchEntry[]): { queries: number; first: number; tied: number; misses: string[] } {
  const screener = new Screener([{ name: 'un', entries }]);
  let queries = 0, first = 0, tied = 0;
  const misses: string[] = [];
  for (const e of entries) {
    for (const n of namesOf(e)) {
      queries++;
      const found = screener.screen(n, { limit: 10 });
      const top = found[0]?.score ?? -1;
      if (found[0]?.entryId === e.id) first++;
      if (found.some((r) => r.entryId === e.id && r.score === top)) tied++;
      else misses.push(`${n} [${e.id}] -> ${found[0] ? `${found[0].entryId} ${found[0].matchedName} ${found[0].score}` : 'nothing'}`);
    }
  }
  return { queries, first, tied, misses };
}

/** Share of names (people not on the list) that pass the hit rules against it. */
export function falseHitRate(entries: WatchEntry[], names: string[]): { rate: number; hits: string[] } {
  const screener = new Screener([{ name: 'un', entries }]);
  const hits: string[] = [];
  for (const n of names) {
    const h = screener.screen(n, { kind: 'person' }).find((r) => r.hit);
    if (h) hits.push(`${n} -> ${h.entryId} ${h.matchedName} ${h.score}`);
  }
  return { rate: hits.length / Math.max(1, names.length), hits };
}

export const UN_FILE = join(HERE, '..', '..', '..', 'shared', 'data', 'watchlists', 'un', 'UN_consolidated_2026-02-27.xml');

export function unAvailable(): boolean {
  return existsSync(UN_FILE);
}
