import { JOIN_MIN, joinedToken, TOKEN_MIN } from '../names/align.js';
import { compareTokens, scoreTokens, type NameComparison } from '../names/compare.js';
import { clearFoldMemo } from '../names/fold.js';
import { PairMemo } from '../names/pair-memo.js';
import { nameTokens, type NameKind, type NameToken } from '../names/tokens.js';
import { type Buckets, PairList } from './buckets.js';
import { rawRunKey, runKey } from './keys.js';
import { type IndexedName, isContent, NameTable } from './name-table.js';
import { QueryState, type Source } from './query-state.js';
import { TopEntries } from './top.js';

export type { IndexedName } from './name-table.js';

export interface Candidate {
  entry: number;
  name: number;
  comparison: NameComparison;
}

/** Below this score a result is not worth showing; the candidate filter is exact above it. */
export const REPORT_FLOOR = 0.75;
const QUERY_RUN = 3;


/**
 * Two-level index. The distinct words of the list form a vocabulary; blocking keys (see keys.ts)
 * lead from a query word to every list word it may match, each confirmed with the matcher's own
 * word similarity; the postings of the confirmed words give the names. A name is scored only when
 * the best similarities of its words leave it able to reach REPORT_FLOOR and the current tenth
 * result (see ceiling.ts), best bound first, so that most names are never aligned. Runs of adjacent
 * list words are indexed joined, for queries that write them as one word.
 */
export class NameIndex {
  private readonly table: NameTable;
  /** List word to names, and joined pair of list words to names, each filed by the name's size class. */
  private readonly postings: Buckets;
  private readonly runs: Buckets;
  private readonly visited: Uint32Array;
  private readonly state: QueryState;
  private query = 0;
  /** Names touched and scored by the last search (for the benchmark). */
  lastTouched = 0;
  lastScored = 0;

  constructor(names: IndexedName[]) {
    const table = (this.table = new NameTable(names));
    const words = new PairList();
    const runs = new PairList();
    for (let i = 0; i < table.size; i++) {
      const cls = sizeClass(table.content[i]);
      for (let p = table.wordOffsets[i]; p < table.wordOffsets[i + 1]; p++) words.push(wordClassKey(table.wordIds[p], cls), i);
      for (let p = table.runOffsets[i]; p < table.runOffsets[i + 1]; p++) runs.push(runClassKey(table.runKeys[p], cls), i);
    }
    this.postings = words.build();
    this.runs = runs.build();
    this.visited = new Uint32Array(table.size);
    this.state = new QueryState(table);
    // The memo of folded words has served the build; queries need little of it.
    clearFoldMemo();
  }

  get size(): number {
    return this.table.size;
  }

  name(i: number): IndexedName {
    return this.table.name(i);
  }

  /** The `limit` best entries scoring REPORT_FLOOR or more against the query, as scoring every name would rank them. */
  search(query: string, opts: { kind?: NameKind; limit?: number } = {}): Candidate[] {
    const qt = nameTokens(query, opts.kind).slice(0, 32);
    const state = this.state;
    state.begin(qt, ++this.query);
    this.lastScored = 0;
    this.lastTouched = 0;
    if (!state.need) return [];
    const sourceRuns: Source[] = [];
    for (let w = 0; w < qt.length; w++) {
      if (!isContent(qt[w])) continue;
      this.table.vocabulary.similar(qt[w], TOKEN_MIN, (v, sim) => state.addWord(v, [w], sim));
      this.table.joins.similar(qt[w], JOIN_MIN, (v) => sourceRuns.push({ key: runKey(this.table.joins.words[v].key), positions: [w] }));
      sourceRuns.push({ key: rawRunKey(qt[w].raw), positions: [w] });
    }
    for (let s = 0; s < qt.length; s++) {
      let raw = qt[s].raw;
      const positions = isContent(qt[s]) ? [s] : [];
      for (let e = s + 1; e < Math.min(qt.length, s + QUERY_RUN); e++) {
        if (qt[s].initial || qt[e].initial) break;
        raw += qt[e].raw;
        if (isContent(qt[e])) positions.push(e);
        const run = joinedToken(qt[s], raw);
        const at = [...positions];
        this.table.vocabulary.similar(run, JOIN_MIN, (v, sim) => state.addWord(v, at, sim));
      }
    }
    state.setRuns(sourceRuns);
    const touched = this.generate(state);
    this.lastTouched = touched.length;
    // Best bound first: once the tenth entry scores above every bound left, the rest cannot enter.
    const bounds = new Float64Array(touched.length);
    const order: number[] = [];
    for (let i = 0; i < touched.length; i++) {
      const ceiling = state.ceiling(touched[i]);
      if (ceiling < REPORT_FLOOR) continue;
      bounds[i] = ceiling;
      order.push(i);
    }
    order.sort((x, y) => bounds[y] - bounds[x] || this.table.entries[touched[x]] - this.table.entries[touched[y]]);
    const top = new TopEntries(opts.limit ?? 10);
    const memo = new PairMemo();
    for (const i of order) {
      const id = touched[i];
      if (!top.admits(bounds[i], this.table.entries[id])) {
        if (bounds[i] < (top.best.at(-1)?.comparison.score ?? 0)) break;
        continue;
      }
      this.lastScored++;
      const n = this.name(id);
      const score = scoreTokens(qt, nameTokens(n.text, n.kind), opts.kind ?? n.kind, memo);
      if (score >= REPORT_FLOOR) top.addScore(n.entry, id, score);
    }
    return this.explain(qt, top.best, opts.kind, memo);
  }

  /**
   * The names that may hold a matching word for min(need, their own word count) of the query's bits.
   * Such a name meets at least one of the rarest need - k + 1 bits (k that minimum), so the i-th
   * rarest bit is read only for names of at most need - i words: the postings of a very common word
   * are scanned only for short names.
   */
  private generate(state: QueryState): number[] {
    const { sourceWords, sourceRuns, need } = state;
    const cost = new Map<number, number>();
    const add = (bits: number, n: number) => {
      for (let b = bits; b; b &= b - 1) {
        const bit = b & -b;
        cost.set(bit, (cost.get(bit) ?? 0) + n);
      }
    };
    for (const v of sourceWords) for (let c = 0; c < CLASSES; c++) add(state.wordBits[v], this.postings.length(wordClassKey(v, c)));
    for (const r of sourceRuns) for (let c = 0; c < CLASSES; c++) add(r.bits, this.runs.length(runClassKey(r.key, c)));
    const order = [...cost.keys()].sort((a, b) => cost.get(a)! - cost.get(b)! || a - b);
    const touched: number[] = [];
    const stamp = this.query;
    const visited = this.visited;
    const content = this.table.content;
    const scan = (buckets: Buckets, key: number, most: number) => {
      const { values, tags } = buckets;
      const tag = buckets.tag(key);
      for (let p = buckets.start(key), end = buckets.end(key); p < end; p++) {
        if (tags[p] !== tag) continue;
        const id = values[p];
        if (visited[id] === stamp) continue;
        if (content[id] > most) continue;
        visited[id] = stamp;
        if (state.hits(id) >= Math.min(need, content[id])) touched.push(id);
      }
    };
    for (let i = 0; i < order.length; i++) {
      const bit = order[i];
      const most = i === 0 ? Infinity : need - i;
      const classes = Math.min(CLASSES, most);
      for (const v of sourceWords) if (state.wordBits[v] & bit) for (let c = 0; c < classes; c++) scan(this.postings, wordClassKey(v, c), most);
      for (const r of sourceRuns) if (r.bits & bit) for (let c = 0; c < classes; c++) scan(this.runs, runClassKey(r.key, c), most);
    }
    return touched;
  }

  /** Each best candidate's score with the alignment that explains it. */
  explain(qt: NameToken[], best: Candidate[], kind: NameKind | undefined, memo: PairMemo): Candidate[] {
    for (const c of best) {
      const n = this.name(c.name);
      c.comparison = compareTokens(qt, nameTokens(n.text, n.kind), kind ?? n.kind, memo);
    }
    return best;
  }
}

/** Postings are filed by the name's count of content words (1, 2, 3, 4 or more), so short names can be read alone. */
const CLASSES = 4;
const sizeClass = (content: number) => Math.max(0, Math.min(CLASSES, content) - 1);
const wordClassKey = (v: number, cls: number) => ((v << 2) | cls) >>> 0;
const runClassKey = (key: number, cls: number) => (key + Math.imul(cls, 0x9e3779b9)) >>> 0;
