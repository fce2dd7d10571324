import { TOKEN_MIN } from '../names/align.js';
import { compareTokens, scoreTokens, type NameComparison } from '../names/compare.js';
import { clearFoldMemo, fold, foldOnce, skeleton } from '../names/fold.js';
import { PairMemo } from '../names/pair-memo.js';
import { stripArticle, tokenSimilarity } from '../names/similarity.js';
import { nameTokens, type NameKind, type NameToken } from '../names/tokens.js';
import { type Buckets, PairList } from './buckets.js';
import { editBudget, rawRunKey, runKey, wordKeys } from './keys.js';
import { QueryState, type Source } from './query-state.js';
import { TopEntries } from './top.js';

/** A name of the list, as the index sees it. */
export interface IndexedName {
  text: string;
  entry: number;
  kind?: NameKind;
}

export interface Candidate {
  entry: number;
  name: number;
  comparison: NameComparison;
}

/** Below this score a result is not worth showing; the candidate filter is exact above it. */
export const REPORT_FLOOR = 0.75;
/** A joined run of query words must meet a list word this closely (as in the name matcher). */
const JOIN_MIN = 0.9;
const QUERY_RUN = 3;
/** From this edit budget on, a run of query words is compared with the long list words directly. */
const LONG_RUN_EDITS = 3;

const isContent = (t: NameToken) => !t.particle && !t.initial;
const KIND_CODES: Array<NameKind | undefined> = [undefined, 'person', 'organization'];

/**
 * Two-level index. The distinct words of the list form a vocabulary; blocking keys (see keys.ts)
 * lead from a query word to every list word it may match, each confirmed with the matcher's own
 * word similarity; the postings of the confirmed words give the names. A name is scored only when
 * the best similarities of its words leave it able to reach REPORT_FLOOR and the current tenth
 * result (see ceiling.ts), best bound first, so that most names are never aligned. Runs of adjacent
 * list words are indexed joined, for queries that write them as one word.
 */
export class NameIndex {
  /** Every name as UTF-8 in one buffer (off the JavaScript heap, so collector pauses stay short). */
  private readonly text: Buffer;
  private readonly offsets: Uint32Array;
  private readonly entries: Uint32Array;
  private readonly kinds: Uint8Array;
  /** Per name: content words, words that are not particles, and the summed weight of all its words. */
  readonly content: Uint8Array;
  readonly nonParticle: Uint8Array;
  readonly weight: Float32Array;
  readonly vocab: NameToken[] = [];
  /** Particles and initials, kept apart: few distinct ones, and no keys lead to them. */
  readonly minor: NameToken[] = [];
  private readonly postings: Buckets;
  private readonly vocabKeys: Buckets;
  private readonly runs: Buckets;
  /** Per name, its content words (vocabulary ids), its particles and initials, and its joined-pair keys. */
  readonly wordOffsets: Uint32Array;
  readonly wordIds: Uint32Array;
  readonly minorOffsets: Uint32Array;
  readonly minorIds: Uint32Array;
  readonly runOffsets: Uint32Array;
  readonly runKeys: Uint32Array;
  /** Vocabulary ids by first letter, then by key length, for long runs of query words. */
  private readonly byFirst: Map<string, Uint32Array>;
  private readonly visited: Uint32Array;
  private readonly seen: Uint32Array;
  private readonly state: QueryState;
  private query = 0;
  private stamp = 0;
  /** Names touched and scored by the last search (for the benchmark). */
  lastTouched = 0;
  lastScored = 0;

  constructor(names: IndexedName[]) {
    // Flat arrays rather than one object per name: a smaller heap and shorter collector pauses.
    const encoded = names.map((n) => Buffer.from(n.text, 'utf8'));
    this.text = Buffer.concat(encoded);
    this.offsets = new Uint32Array(names.length + 1);
    encoded.forEach((b, i) => (this.offsets[i + 1] = this.offsets[i] + b.length));
    this.entries = Uint32Array.from(names, (n) => n.entry);
    this.kinds = Uint8Array.from(names, (n) => KIND_CODES.indexOf(n.kind));
    this.content = new Uint8Array(names.length);
    this.nonParticle = new Uint8Array(names.length);
    this.weight = new Float32Array(names.length);
    const ids = new Map<string, number>();
    const minorIds = new Map<string, number>();
    const words = new PairList();
    const minor = new PairList();
    const runs = new PairList();
    this.wordOffsets = new Uint32Array(names.length + 1);
    this.minorOffsets = new Uint32Array(names.length + 1);
    this.runOffsets = new Uint32Array(names.length + 1);
    for (let i = 0; i < names.length; i++) {
      const tokens = nameTokens(names[i].text, names[i].kind);
      this.content[i] = Math.min(255, tokens.filter(isContent).length);
      this.nonParticle[i] = Math.min(255, tokens.filter((t) => !t.particle).length);
      this.weight[i] = tokens.reduce((s, t) => s + t.weight, 0);
      const cls = sizeClass(this.content[i]);
      for (let j = 0; j < tokens.length; j++) {
        const t = tokens[j];
        if (isContent(t)) {
          const id = t.abjad ? `\u0001${t.raw}` : t.raw;
          let v = ids.get(id);
          if (v === undefined) ids.set(id, (v = this.vocab.push(t) - 1));
          words.push(wordClassKey(v, cls), i);
        } else {
          const id = `${t.abjad ? 1 : 0}${t.particle ? 1 : 0}${t.initial ? 1 : 0}${t.weight}\u0000${t.raw}`;
          let m = minorIds.get(id);
          if (m === undefined) minorIds.set(id, (m = this.minor.push(t) - 1));
          minor.push(m, i);
        }
        const next = tokens[j + 1];
        if (next && !t.initial && !next.initial) runs.push(joinedKey(t, next), i);
      }
      this.wordOffsets[i + 1] = words.length;
      this.minorOffsets[i + 1] = minor.length;
      this.runOffsets[i + 1] = runs.length;
    }
    // The forward lists, before the pairs are filed by key.
    this.wordIds = new Uint32Array(words.length);
    this.minorIds = minor.keys.slice(0, minor.length);
    this.runKeys = runs.keys.slice(0, runs.length);
    for (let p = 0; p < words.length; p++) this.wordIds[p] = words.keys[p] >>> CLASS_BITS;
    for (let i = 0; i < names.length; i++) {
      const cls = sizeClass(this.content[i]);
      for (let p = this.runOffsets[i]; p < this.runOffsets[i + 1]; p++) runs.keys[p] = runClassKey(runs.keys[p], cls);
    }
    this.postings = words.build();
    this.runs = runs.build();
    const keys = new PairList();
    const scratch: number[] = [];
    this.vocab.forEach((t, v) => {
      scratch.length = 0;
      for (const k of wordKeys(t.key, t.raw, t.abjad, 'index', TOKEN_MIN, scratch)) keys.push(k, v);
    });
    this.vocabKeys = keys.build();
    this.byFirst = byFirstLetter(this.vocab);
    this.visited = new Uint32Array(names.length);
    this.seen = new Uint32Array(this.vocab.length);
    this.state = new QueryState(this);
    // The memo of folded words has served the build; queries need little of it.
    clearFoldMemo();
  }

  get size(): number {
    return this.entries.length;
  }

  name(i: number): IndexedName {
    return { text: this.text.toString('utf8', this.offsets[i], this.offsets[i + 1]), entry: this.entries[i], kind: KIND_CODES[this.kinds[i]] };
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
      this.similarWords(qt[w], TOKEN_MIN, (v, sim) => state.addWord(v, [w], sim));
      sourceRuns.push({ key: runKey(qt[w].key), positions: [w] }, { key: rawRunKey(qt[w].raw), positions: [w] });
    }
    for (let s = 0; s < qt.length; s++) {
      let raw = qt[s].raw;
      const positions = isContent(qt[s]) ? [s] : [];
      for (let e = s + 1; e < Math.min(qt.length, s + QUERY_RUN); e++) {
        if (qt[s].initial || qt[e].initial) break;
        raw += qt[e].raw;
        if (isContent(qt[e])) positions.push(e);
        const key = foldOnce(raw);
        const run: NameToken = { ...qt[s], raw, key, skel: skeleton(key), particle: false, weight: 1 };
        const at = [...positions];
        const found = (v: number, sim: number) => state.addWord(v, at, sim);
        if (editBudget(key.length, JOIN_MIN) >= LONG_RUN_EDITS) this.longWords(run, JOIN_MIN, found);
        else this.similarWords(run, JOIN_MIN, found);
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
    order.sort((x, y) => bounds[y] - bounds[x] || this.entries[touched[x]] - this.entries[touched[y]]);
    const top = new TopEntries(opts.limit ?? 10);
    const memo = new PairMemo();
    for (const i of order) {
      const id = touched[i];
      if (!top.admits(bounds[i], this.entries[id])) {
        if (bounds[i] < (top.best.at(-1)?.comparison.score ?? 0)) break;
        continue;
      }
      this.lastScored++;
      const n = this.name(id);
      const score = scoreTokens(qt, nameTokens(n.text, n.kind), opts.kind ?? n.kind, memo);
      if (score >= REPORT_FLOOR) top.add({ entry: n.entry, name: id, comparison: { score, match: false, explanation: '', aligned: [] } });
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
    const content = this.content;
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

  /** Calls `fn` with every list word the query word's keys reach that the matcher's word similarity confirms. */
  private similarWords(word: NameToken, min: number, fn: (v: number, sim: number) => void): void {
    const stamp = ++this.stamp;
    for (const k of wordKeys(word.key, word.raw, word.abjad, 'query', min)) {
      const { values, tags } = this.vocabKeys;
      const tag = this.vocabKeys.tag(k);
      for (let p = this.vocabKeys.start(k), end = this.vocabKeys.end(k); p < end; p++) {
        if (tags[p] !== tag) continue;
        const v = values[p];
        if (this.seen[v] === stamp) continue;
        this.seen[v] = stamp;
        const { sim } = tokenSimilarity(word, this.vocab[v]);
        if (sim >= min) fn(v, sim);
      }
    }
  }

  /**
   * A long run of joined query words would need thousands of deletion keys; the list words long
   * enough to be within its edit budget are few, so they are read directly, by first letter: a run
   * that starts differently from a word cannot reach JOIN_MIN (a different first letter caps the
   * similarity at 0.9) unless an article is dropped, and words written with an article or in Arabic
   * script are read for every run.
   */
  private longWords(run: NameToken, min: number, fn: (v: number, sim: number) => void): void {
    const shortest = run.key.length - editBudget(run.key.length, min);
    const bare = stripArticle(run.raw);
    const firsts = new Set([run.key[0], run.raw[0], bare[0], fold(bare)[0], LOOSE]);
    const stamp = ++this.stamp;
    for (const first of firsts) {
      const ids = this.byFirst.get(first);
      if (!ids) continue;
      for (let i = firstAtLeast(ids, shortest, this.vocab); i < ids.length; i++) {
        const v = ids[i];
        if (this.seen[v] === stamp) continue;
        this.seen[v] = stamp;
        const { sim } = tokenSimilarity(run, this.vocab[v]);
        if (sim >= min) fn(v, sim);
      }
    }
  }

  /**
   * Every name of the list scored against each query, no index: the reference the index is measured
   * against. Names are the outer loop so each is read and tokenised once for all the queries.
   */
  bruteForceMany(queries: string[], opts: { limit?: number } = {}): Candidate[][] {
    const qts = queries.map((q) => nameTokens(q));
    const memos = queries.map(() => new PairMemo());
    const tops = queries.map(() => new TopEntries(opts.limit ?? 10));
    for (let id = 0; id < this.entries.length; id++) {
      const n = this.name(id);
      const tokens = nameTokens(n.text, n.kind);
      for (let q = 0; q < qts.length; q++) {
        const score = scoreTokens(qts[q], tokens, n.kind, memos[q]);
        if (score >= REPORT_FLOOR) tops[q].add({ entry: n.entry, name: id, comparison: { score, match: false, explanation: '', aligned: [] } });
      }
    }
    return tops.map((t, q) => this.explain(qts[q], t.best, undefined, memos[q]));
  }

  private explain(qt: NameToken[], best: Candidate[], kind: NameKind | undefined, memo: PairMemo): Candidate[] {
    for (const c of best) {
      const n = this.name(c.name);
      c.comparison = compareTokens(qt, nameTokens(n.text, n.kind), kind ?? n.kind, memo);
    }
    return best;
  }
}

/**
 * Two list words as one: folded when a hyphen, a particle or Abd binds them (the matcher joins those on
 * a folded match); otherwise only their letters, as the matcher joins free words only when nearly identical.
 */
function joinedKey(t: NameToken, next: NameToken): number {
  const bound = t.hyphen || t.particle || t.raw === 'abd' || next.abjad;
  return bound ? runKey(foldOnce(t.raw + next.raw)) : rawRunKey(t.raw + next.raw);
}

/** The list of words to read for every long run: those written with an article or in Arabic script. */
const LOOSE = '';

/** Vocabulary ids filed under the first letters of their key and spelling, each list by key length. */
function byFirstLetter(vocab: NameToken[]): Map<string, Uint32Array> {
  const lists = new Map<string, number[]>();
  const file = (first: string, v: number) => {
    let l = lists.get(first);
    if (!l) lists.set(first, (l = []));
    if (l[l.length - 1] !== v) l.push(v);
  };
  vocab.forEach((t, v) => {
    if (t.abjad || t.raw !== stripArticle(t.raw)) file(LOOSE, v);
    else {
      file(t.key[0], v);
      file(t.raw[0], v);
    }
  });
  const out = new Map<string, Uint32Array>();
  for (const [first, l] of lists) out.set(first, Uint32Array.from(l).sort((a, b) => vocab[a].key.length - vocab[b].key.length));
  return out;
}

/** The first position in a list sorted by key length whose word is at least `length` long. */
function firstAtLeast(ids: Uint32Array, length: number, vocab: NameToken[]): number {
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (vocab[ids[mid]].key.length < length) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Postings are filed by the name's count of content words (1, 2, 3, 4 or more), so short names can be read alone. */
const CLASSES = 4;
const CLASS_BITS = 2;
const sizeClass = (content: number) => Math.max(0, Math.min(CLASSES, content) - 1);
const wordClassKey = (v: number, cls: number) => ((v << CLASS_BITS) | cls) >>> 0;
const runClassKey = (key: number, cls: number) => (key + Math.imul(cls, 0x9e3779b9)) >>> 0;
