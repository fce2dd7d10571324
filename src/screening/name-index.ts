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
  private readonly hitMask: Uint32Array;
  private readonly seen: Uint32Array;
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
    const ids = new Map<string, number>();
    const words = new PairList();
    const runs = new PairList();
    for (let i = 0; i < names.length; i++) {
      const tokens = nameTokens(names[i].text, names[i].kind);
      this.content[i] = Math.min(255, tokens.filter(isContent).length);
      for (let j = 0; j < tokens.length; j++) {
        const t = tokens[j];
        if (isContent(t)) {
          const id = t.abjad ? `\u0001${t.raw}` : t.raw;
          let v = ids.get(id);
          if (v === undefined) ids.set(id, (v = this.vocab.push(t) - 1));
          words.push(v, i);
        }
        const next = tokens[j + 1];
        if (next && !t.initial && !next.initial) runs.push(joinedKey(t, next), i);
      }
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
    this.hitMask = new Uint32Array(names.length);
    this.seen = new Uint32Array(this.vocab.length);
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
    const touched: number[] = [];
    const hitMask = this.hitMask;
    const mark = (buckets: Buckets, key: number, bits: number) => {
      const values = buckets.values;
      for (let p = buckets.start(key), end = buckets.end(key); p < end; p++) {
        const name = values[p];
        if (!hitMask[name]) touched.push(name);
        hitMask[name] |= bits;
      }
    };
    for (let w = 0; w < qt.length; w++) {
      if (!isContent(qt[w])) continue;
      const bit = bitOf[w];
      for (const v of this.similarWords(qt[w], TOKEN_MIN)) mark(this.postings, v, bit);
      mark(this.runs, runKey(qt[w].key), bit);
      mark(this.runs, rawRunKey(qt[w].raw), bit);
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
        const b = bits;
        for (const v of this.similarWords(run, JOIN_MIN)) mark(this.postings, v, b);
      }
    }
    this.lastTouched = touched.length;
    const out: Candidate[] = [];
    const memo = new Map<string, TokenMatch>();
    for (const id of touched) {
      const got = popcount(this.hitMask[id]);
      this.hitMask[id] = 0;
      if (got < Math.min(need, this.content[id])) continue;
      this.lastScored++;
      const n = this.name(id);
      const score = scoreTokens(qt, nameTokens(n.text, n.kind), opts.kind ?? n.kind, memo);
      if (score >= REPORT_FLOOR) out.push({ entry: n.entry, name: id, comparison: { score, match: false, explanation: '', aligned: [] } });
    }
    return this.explain(qt, bestPerEntry(out, opts.limit ?? 10), opts.kind, memo);
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

function popcount(x: number): number {
  let n = 0;
  for (let v = x; v; v &= v - 1) n++;
  return n;
}

function bestPerEntry(found: Candidate[], limit: number): Candidate[] {
  const best = new Map<number, Candidate>();
  for (const c of found) {
    const b = best.get(c.entry);
    if (!b || c.comparison.score > b.comparison.score) best.set(c.entry, c);
  }
  return [...best.values()].sort((a, b) => b.comparison.score - a.comparison.score || a.entry - b.entry).slice(0, limit);
}
