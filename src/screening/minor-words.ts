import { TOKEN_MIN } from '../names/align.js';
import { tokenSimilarity } from '../names/similarity.js';
import type { NameToken } from '../names/tokens.js';
import { isContent, type NameTable } from './name-table.js';

const MAX_WORDS = 32;

/**
 * Particles and initials, which no key leads to, met with the query's words: a list name's initial
 * may stand for a query word ("S." for "Shirazi"), and a list word may meet a query's initial.
 * Each similarity is worked out once per query.
 */
export class MinorWords {
  private qt: NameToken[] = [];
  private bitOf: number[] = [];
  private stamp = 0;
  private minorQuery: NameToken[] = [];
  private readonly minorStamp: Uint32Array;
  private readonly minorSims: Float32Array;
  private readonly minorBits: Uint32Array;
  private readonly wordStamp: Uint32Array;
  private readonly wordSim: Float32Array;

  constructor(private readonly table: NameTable) {
    this.minorStamp = new Uint32Array(table.minor.length);
    this.minorSims = new Float32Array(table.minor.length * MAX_WORDS);
    this.minorBits = new Uint32Array(table.minor.length);
    this.wordStamp = new Uint32Array(table.vocab.length);
    this.wordSim = new Float32Array(table.vocab.length);
  }

  begin(qt: NameToken[], bitOf: number[], stamp: number): void {
    this.qt = qt;
    this.bitOf = bitOf;
    this.stamp = stamp;
    this.minorQuery = qt.filter((t) => !isContent(t));
  }

  /** Whether the query has particles or initials at all. */
  get queryHasMinor(): boolean {
    return this.minorQuery.length > 0;
  }

  /** The best similarity of list word `v` to the query's particles and initials. */
  forWord(v: number): number {
    if (this.wordStamp[v] !== this.stamp) {
      this.wordStamp[v] = this.stamp;
      let top = 0;
      for (const t of this.minorQuery) {
        const s = tokenSimilarity(t, this.table.vocab[v]).sim;
        if (s >= TOKEN_MIN && s > top) top = s;
      }
      this.wordSim[v] = top;
    }
    return this.wordSim[v];
  }

  /** A list particle's or initial's similarity to each query word. */
  sims(m: number): Float32Array {
    const sims = this.minorSims.subarray(m * MAX_WORDS, m * MAX_WORDS + this.qt.length);
    if (this.minorStamp[m] !== this.stamp) {
      this.minorStamp[m] = this.stamp;
      let bits = 0;
      this.qt.forEach((t, w) => {
        const s = isContent(t) ? tokenSimilarity(t, this.table.minor[m]).sim : 0;
        sims[w] = s >= TOKEN_MIN ? s : 0;
        if (sims[w]) bits |= this.bitOf[w];
      });
      this.minorBits[m] = bits;
    }
    return sims;
  }

  /** The query bits a list particle or initial meets. */
  bits(m: number): number {
    if (this.minorStamp[m] !== this.stamp) this.sims(m);
    return this.minorBits[m];
  }
}
