import { TOKEN_MIN } from '../names/align.js';
import { compareTokens, scoreTokens, type NameComparison } from '../names/compare.js';
import { clearFoldMemo, foldOnce, skeleton } from '../names/fold.js';
import { tokenSimilarity, type TokenMatch } from '../names/similarity.js';
import { nameTokens, type NameKind, type NameToken } from '../names/tokens.js';
import { type Buckets, PairList } from './buckets.js';
import { rawRunKey, runKey, wordKeys } from './keys.js';

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

const isContent = (t: NameToken) => !t.particle && !t.initial;
const KIND_CODES: Array<NameKind | undefined> = [undefined, 'person', 'organization'];

/**
 * Two-level index. The distinct words of the list form a vocabulary; blocking keys (see keys.ts)
 * lead from a query word to the list words it may match, each confirmed with the matcher's own word
 * similarity; the postings of the confirmed words give the names. A name becomes a candidate only when
 * it has a matching word for every word of the query or every word of its own: with fewer, the scoring
 * rules keep it below REPORT_FLOOR. Runs of adjacent list words are indexed joined, for queries that
 * write them as one word.
 */
export class NameIndex {
  /** Every name as UTF-8 in one buffer (off the JavaScript heap, so collector pauses stay short). */
  private readonly text: Buffer;
  private readonly offsets: Uint32Array;
  private readonly entries: Uint32Array;
  private readonly kinds: Uint8Array;
  private readonly content: Uint8Array;
  private readonly vocab: NameToken[] = [];
  private readonly postings: Buckets;
  private readonly vocabKeys: Buckets;
  private readonly runs: Buckets;
  /** Per name, its content words (vocabulary ids) and joined-pair keys: to check a candidate's hits directly. */
  private readonly wordOffsets: Uint32Array;
  private readonly wordIds: Uint32Array;
  private readonly runOffsets: Uint32Array;
  private readonly runKeys: Uint32Array;
  private readonly visited: Uint32Array;
  private readonly seen: Uint32Array;
  private readonly wordBits: Uint32Array;
  private readonly wordStamp: Uint32Array;
  private stamp = 0;
  private query = 0;
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
    const ids = new Map<string, number>();
    const words = new PairList();
    const runs = new PairList();
    this.wordOffsets = new Uint32Array(names.length + 1);
    this.runOffsets = new Uint32Array(names.length + 1);
    for (let i = 0; i < names.length; i++) {
      const tokens = nameTokens(names[i].text, names[i].kind);
      this.content[i] = Math.min(255, tokens.filter(isContent).length);
      const cls = sizeClass(this.content[i]);
      for (let j = 0; j < tokens.length; j++) {
        const t = tokens[j];
        if (isContent(t)) {
          const id = t.abjad ? `\u0001${t.raw}` : t.raw;
          let v = ids.get(id);
          if (v === undefined) ids.set(id, (v = this.vocab.push(t) - 1));
          words.push(wordClassKey(v, cls), i);
        }
        const next = tokens[j + 1];
        if (next && !t.initial && !next.initial) runs.push(joinedKey(t, next), i);
      }
      this.wordOffsets[i + 1] = words.length;
      this.runOffsets[i + 1] = runs.length;
    }
    // The forward lists, before the pairs are filed by key.
    this.wordIds = new Uint32Array(words.length);
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
      for (const k of wordKeys(t.key, t.raw, t.abjad, 'index', scratch)) keys.push(k, v);
    });
    this.vocabKeys = keys.build();
    this.visited = new Uint32Array(names.length);
    this.seen = new Uint32Array(this.vocab.length);
    this.wordBits = new Uint32Array(this.vocab.length);
    this.wordStamp = new Uint32Array(this.vocab.length);
    // The memo of folded words has served the build; queries need little of it.
    clearFoldMemo();
  }

  get size(): number {
    return this.entries.length;
  }

  name(i: number): IndexedName {
    return { text: this.text.toString('utf8', this.offsets[i], this.offsets[i + 1]), entry: this.entries[i], kind: KIND_CODES[this.kinds[i]] };
  }

  /** Names that may score REPORT_FLOOR or more against the query, best first (one per entry). */
  search(query: string, opts: { kind?: NameKind; limit?: number } = {}): Candidate[] {
    const qt = nameTokens(query, opts.kind).slice(0, 32);
    // A word written twice ("Mustafa bin Mustafa") is one requirement: one list word may meet both.
    const bitOf = qt.map((t) => 1 << qt.findIndex((u) => u.key === t.key));
    const need = new Set(qt.filter(isContent).map((t) => t.key)).size;
    this.lastScored = 0;
    this.lastTouched = 0;
    if (!need) return [];
    // Each source (a list word, or a joined pair of list words) with the query bits it meets.
    const stamp = ++this.query;
    const sourceWords: number[] = [];
    const addWord = (v: number, bits: number) => {
      if (this.wordStamp[v] !== stamp) {
        this.wordStamp[v] = stamp;
        this.wordBits[v] = 0;
        sourceWords.push(v);
      }
      this.wordBits[v] |= bits;
    };
    const sourceRuns: Array<{ key: number; bits: number }> = [];
    for (let w = 0; w < qt.length; w++) {
      if (!isContent(qt[w])) continue;
      const bit = bitOf[w];
      for (const v of this.similarWords(qt[w], TOKEN_MIN)) addWord(v, bit);
      sourceRuns.push({ key: runKey(qt[w].key), bits: bit }, { key: rawRunKey(qt[w].raw), bits: bit });
    }
    for (let s = 0; s < qt.length; s++) {
      let raw = qt[s].raw;
      let bits = isContent(qt[s]) ? bitOf[s] : 0;
      for (let e = s + 1; e < Math.min(qt.length, s + QUERY_RUN); e++) {
        if (qt[s].initial || qt[e].initial) break;
        raw += qt[e].raw;
        if (isContent(qt[e])) bits |= bitOf[e];
        const key = foldOnce(raw);
        const run: NameToken = { ...qt[s], raw, key, skel: skeleton(key), particle: false, weight: 1 };
        for (const v of this.similarWords(run, JOIN_MIN)) addWord(v, bits);
      }
    }
    const touched = this.generate(sourceWords, sourceRuns, need);
    this.lastTouched = touched.length;
    const out: Candidate[] = [];
    const memo = new Map<string, TokenMatch>();
    for (const id of touched) {
      if (popcount(this.hitBits(id, sourceRuns)) < Math.min(need, this.content[id])) continue;
      this.lastScored++;
      const n = this.name(id);
      const score = scoreTokens(qt, nameTokens(n.text, n.kind), opts.kind ?? n.kind, memo);
      if (score >= REPORT_FLOOR) out.push({ entry: n.entry, name: id, comparison: { score, match: false, explanation: '', aligned: [] } });
    }
    return this.explain(qt, bestPerEntry(out, opts.limit ?? 10), opts.kind, memo);
  }

  /**
   * The names that may hold a matching word for min(need, their own word count) of the query's bits.
   * Such a name meets at least one of the rarest need - k + 1 bits (k that minimum), so the i-th
   * rarest bit is read only for names of at most need - i words: the postings of a very common word
   * are scanned only for short names.
   */
  private generate(sourceWords: number[], sourceRuns: Array<{ key: number; bits: number }>, need: number): number[] {
    const cost = new Map<number, number>();
    const add = (bits: number, n: number) => {
      for (let b = bits; b; b &= b - 1) {
        const bit = b & -b;
        cost.set(bit, (cost.get(bit) ?? 0) + n);
      }
    };
    for (const v of sourceWords) for (let c = 0; c < CLASSES; c++) add(this.wordBits[v], this.postings.length(wordClassKey(v, c)));
    for (const r of sourceRuns) for (let c = 0; c < CLASSES; c++) add(r.bits, this.runs.length(runClassKey(r.key, c)));
    const order = [...cost.keys()].sort((a, b) => cost.get(a)! - cost.get(b)! || a - b);
    const touched: number[] = [];
    const stamp = this.query;
    const visited = this.visited;
    const content = this.content;
    const scan = (buckets: Buckets, key: number, most: number) => {
      const values = buckets.values;
      for (let p = buckets.start(key), end = buckets.end(key); p < end; p++) {
        const id = values[p];
        if (visited[id] === stamp) continue;
        if (content[id] > most) continue;
        visited[id] = stamp;
        touched.push(id);
      }
    };
    for (let i = 0; i < order.length; i++) {
      const bit = order[i];
      const most = i === 0 ? Infinity : need - i;
      const classes = Math.min(CLASSES, most);
      for (const v of sourceWords) if (this.wordBits[v] & bit) for (let c = 0; c < classes; c++) scan(this.postings, wordClassKey(v, c), most);
      for (const r of sourceRuns) if (r.bits & bit) for (let c = 0; c < classes; c++) scan(this.runs, runClassKey(r.key, c), most);
    }
    return touched;
  }

  /** The query bits a name meets, from its own words and joined pairs. */
  private hitBits(id: number, sourceRuns: Array<{ key: number; bits: number }>): number {
    let bits = 0;
    for (let p = this.wordOffsets[id], end = this.wordOffsets[id + 1]; p < end; p++) {
      const v = this.wordIds[p];
      if (this.wordStamp[v] === this.query) bits |= this.wordBits[v];
    }
    for (let p = this.runOffsets[id], end = this.runOffsets[id + 1]; p < end; p++) {
      const k = this.runKeys[p];
      for (const r of sourceRuns) if (r.key === k) bits |= r.bits;
    }
    return bits;
  }

  /** List words reached by the query word's keys and confirmed by the matcher's word similarity. */
  private similarWords(word: NameToken, min: number): number[] {
    const stamp = ++this.stamp;
    const out: number[] = [];
    for (const k of wordKeys(word.key, word.raw, word.abjad, 'query')) {
      this.vocabKeys.each(k, (v) => {
        if (this.seen[v] === stamp) return;
        this.seen[v] = stamp;
        if (tokenSimilarity(word, this.vocab[v]).sim >= min) out.push(v);
      });
    }
    return out;
  }

  /**
   * Every name of the list scored against each query, no index: the reference the index is measured
   * against. Names are the outer loop so each is read and tokenised once for all the queries.
   */
  bruteForceMany(queries: string[], opts: { limit?: number } = {}): Candidate[][] {
    const qts = queries.map((q) => nameTokens(q));
    const memos = queries.map(() => new Map<string, TokenMatch>());
    const found: Candidate[][] = queries.map(() => []);
    for (let id = 0; id < this.entries.length; id++) {
      const n = this.name(id);
      const tokens = nameTokens(n.text, n.kind);
      for (let q = 0; q < qts.length; q++) {
        const score = scoreTokens(qts[q], tokens, n.kind, memos[q]);
        if (score >= REPORT_FLOOR) found[q].push({ entry: n.entry, name: id, comparison: { score, match: false, explanation: '', aligned: [] } });
      }
    }
    return found.map((f, q) => this.explain(qts[q], bestPerEntry(f, opts.limit ?? 10), undefined, memos[q]));
  }

  private explain(qt: NameToken[], best: Candidate[], kind: NameKind | undefined, memo: Map<string, TokenMatch>): Candidate[] {
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

/** Postings are filed by the name's count of content words (1, 2, 3, 4 or more), so short names can be read alone. */
const CLASSES = 4;
const CLASS_BITS = 2;
const sizeClass = (content: number) => Math.max(0, Math.min(CLASSES, content) - 1);
const wordClassKey = (v: number, cls: number) => ((v << CLASS_BITS) | cls) >>> 0;
const runClassKey = (key: number, cls: number) => (key + Math.imul(cls, 0x9e3779b9)) >>> 0;

function popcount(x: number): number {
  let n = 0;
  for (let v = x; v; v &= v - 1) n++;
  return n;
}

function bestPerEntry(found: Candidate[], limit: number): Candidate[] {
  const best = new Map<number, Candidate>();
  for (const c of found) {
    const b = best.get(c.entry);
    if (!b || c.comparison.score > b.comparison.score || (c.comparison.score === b.comparison.score && c.name < b.name)) best.set(c.entry, c);
  }
  return [...best.values()].sort((a, b) => b.comparison.score - a.comparison.score || a.entry - b.entry).slice(0, limit);
}
