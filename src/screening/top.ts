import type { Candidate } from './name-index.js';

/**
 * The best `limit` entries seen so far, one candidate each (its best-scoring name, the lowest name
 * number on a tie), ordered as results are shown: score, then entry number.
 */
export class TopEntries {
  readonly best: Candidate[] = [];

  constructor(private readonly limit: number) {}

  get full(): boolean {
    return this.best.length >= this.limit;
  }

  /** Whether a name scoring at most `score` for `entry` could still change the result. */
  admits(score: number, entry: number): boolean {
    if (!this.full) return true;
    const last = this.best[this.best.length - 1];
    const s = last.comparison.score;
    return score > s || (score === s && entry <= last.entry);
  }

  /** A name's score, before it is explained. */
  addScore(entry: number, name: number, score: number): void {
    this.add({ entry, name, comparison: { score, match: false, explanation: '', aligned: [] } });
  }

  add(c: Candidate): void {
    const at = this.best.findIndex((b) => b.entry === c.entry);
    if (at >= 0) {
      const b = this.best[at];
      if (c.comparison.score < b.comparison.score || (c.comparison.score === b.comparison.score && c.name > b.name)) return;
      this.best.splice(at, 1);
    }
    const ahead = (b: Candidate) => b.comparison.score > c.comparison.score || (b.comparison.score === c.comparison.score && b.entry < c.entry);
    let i = this.best.length;
    while (i > 0 && !ahead(this.best[i - 1])) i--;
    this.best.splice(i, 0, c);
    if (this.best.length > this.limit) this.best.pop();
  }
}
