import { scoreCeiling } from '../names/ceiling.js';
import type { NameToken } from '../names/tokens.js';
import { MinorWords } from './minor-words.js';
import { isContent, type NameTable } from './name-table.js';

/** A joined-pair key a query word may meet, and the query positions it stands for. */
export interface Source {
  key: number;
  positions: number[];
  bits?: number;
}

const MAX_WORDS = 32;

/**
 * One query's view of the list: which list words match which query words and how closely, so that a
 * name can be checked (how many query words it meets) and bounded (the highest score it can reach)
 * from its forward lists alone, without reading or aligning it.
 */
export class QueryState {
  qt: NameToken[] = [];
  need = 0;
  private bitOf: number[] = [];
  private stamp = 0;
  private total = 0;
  private words = 0;
  /** List words met by the query, each with the bits of the query words it meets and a slot of similarities. */
  readonly sourceWords: number[] = [];
  sourceRuns: Array<Source & { bits: number }> = [];
  readonly wordBits: Uint32Array;
  private readonly wordStamp: Uint32Array;
  private readonly wordSlot: Uint32Array;
  private pool = new Float32Array(MAX_WORDS * 256);
  private readonly best = new Float64Array(MAX_WORDS);
  private readonly runBits = new Map<number, number>();
  private readonly runFilter = new Uint32Array(32);
  private readonly minor: MinorWords;

  constructor(private readonly index: NameTable) {
    const n = index.vocab.length;
    this.wordBits = new Uint32Array(n);
    this.wordStamp = new Uint32Array(n);
    this.wordSlot = new Uint32Array(n);
    this.minor = new MinorWords(index);
  }

  begin(qt: NameToken[], stamp: number): void {
    this.qt = qt;
    this.stamp = stamp;
    // A word written twice ("Mustafa bin Mustafa") is one requirement: one list word may meet both.
    this.bitOf = qt.map((t) => 1 << qt.findIndex((u) => u.key === t.key));
    this.need = new Set(qt.filter(isContent).map((t) => t.key)).size;
    this.total = qt.reduce((s, t) => s + t.weight, 0);
    this.words = qt.filter((t) => !t.particle).length;
    this.minor.begin(qt, this.bitOf, stamp);
    this.sourceWords.length = 0;
    this.sourceRuns = [];
  }

  /** List word `v` meets the query words at `positions` with similarity `sim`. */
  addWord(v: number, positions: number[], sim: number): void {
    const nq = this.qt.length;
    if (this.wordStamp[v] !== this.stamp) {
      this.wordStamp[v] = this.stamp;
      this.wordBits[v] = 0;
      const slot = this.sourceWords.push(v) - 1;
      this.wordSlot[v] = slot;
      if ((slot + 1) * nq > this.pool.length) {
        const grown = new Float32Array(this.pool.length * 2);
        grown.set(this.pool);
        this.pool = grown;
      }
      this.pool.fill(0, slot * nq, (slot + 1) * nq);
    }
    const base = this.wordSlot[v] * nq;
    for (const p of positions) {
      this.wordBits[v] |= this.bitOf[p];
      if (sim > this.pool[base + p]) this.pool[base + p] = sim;
    }
  }

  setRuns(runs: Source[]): void {
    this.sourceRuns = runs.map((r) => ({ ...r, bits: r.positions.reduce((b, p) => b | this.bitOf[p], 0) }));
    this.runBits.clear();
    this.runFilter.fill(0);
    for (const r of this.sourceRuns) {
      this.runBits.set(r.key, (this.runBits.get(r.key) ?? 0) | r.bits);
      this.runFilter[(r.key >>> 5) & 31] |= 1 << (r.key & 31);
    }
  }

  /** The query bits a joined pair of list words meets (a bit filter first: most pairs meet none). */
  private joinedBits(key: number): number {
    if (!(this.runFilter[(key >>> 5) & 31] & (1 << (key & 31)))) return 0;
    return this.runBits.get(key) ?? 0;
  }

  /** How many of the query's distinct words the name meets, through its words or joined pairs. */
  hits(id: number): number {
    const ix = this.index;
    let bits = 0;
    for (let p = ix.wordOffsets[id], end = ix.wordOffsets[id + 1]; p < end; p++) {
      const v = ix.wordIds[p];
      if (this.wordStamp[v] === this.stamp) bits |= this.wordBits[v];
    }
    for (let p = ix.runOffsets[id], end = ix.runOffsets[id + 1]; p < end; p++) bits |= this.joinedBits(ix.runKeys[p]);
    // An initial of the name may stand for a query word ("S." for "Shirazi").
    for (let p = ix.minorOffsets[id], end = ix.minorOffsets[id + 1]; p < end; p++) {
      const m = ix.minorIds[p];
      if (!ix.minor[m].initial) continue;
      bits |= this.minor.bits(m);
    }
    let n = 0;
    for (let b = bits; b; b &= b - 1) n++;
    return n;
  }

  /** The highest score the name can reach against the query (rounded as scores are). */
  ceiling(id: number): number {
    const ix = this.index;
    const qt = this.qt;
    const nq = qt.length;
    const best = this.best;
    best.fill(0, 0, nq);
    let cover = ix.weight[id] - ix.content[id];
    let missing = false;
    for (let p = ix.wordOffsets[id], end = ix.wordOffsets[id + 1]; p < end; p++) {
      const v = ix.wordIds[p];
      let top = 0;
      if (this.wordStamp[v] === this.stamp) {
        const base = this.wordSlot[v] * nq;
        for (let w = 0; w < nq; w++) {
          const s = this.pool[base + w];
          if (s > best[w]) best[w] = s;
          if (s > top) top = s;
        }
      }
      if (top < 1 && this.minor.queryHasMinor) top = Math.max(top, this.minor.forWord(v));
      if (top === 0) missing = true;
      cover += top;
    }
    for (let p = ix.minorOffsets[id], end = ix.minorOffsets[id + 1]; p < end; p++) {
      const sims = this.minor.sims(ix.minorIds[p]);
      for (let w = 0; w < nq; w++) if (sims[w] > best[w]) best[w] = sims[w];
    }
    let joined = false;
    for (let p = ix.runOffsets[id], end = ix.runOffsets[id + 1]; p < end; p++) {
      const bits = this.joinedBits(ix.runKeys[p]);
      if (!bits) continue;
      joined = true;
      for (let w = 0; w < nq; w++) if (bits & this.bitOf[w]) best[w] = 1;
    }
    // Joined list words meet a query word: which of them is not known, so all may be matched.
    if (joined) {
      cover = ix.weight[id];
      missing = false;
    }
    let queryCover = 0;
    let queryMissing = false;
    for (let w = 0; w < nq; w++) {
      const t = qt[w];
      if (!isContent(t)) queryCover += t.weight;
      else {
        queryCover += t.weight * best[w];
        if (best[w] === 0) queryMissing = true;
      }
    }
    const c = scoreCeiling(
      { cover: queryCover / this.total, missing: queryMissing, words: this.words },
      { cover: cover / ix.weight[id], missing, words: ix.nonParticle[id] },
    );
    return Math.round((c + 1e-6) * 1000) / 1000;
  }
}
