import { compareTokens, type NameComparison } from '../names/compare.js';
import { cachedTokens } from '../names/cache.js';
import { nameTokens, type NameKind, type NameToken } from '../names/tokens.js';
import { blockKeys, type BlockKey } from './keys.js';

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
const INDEX_RUN = 2;
const QUERY_RUN = 3;

/**
 * Inverted index from blocking keys to names (hash buckets in flat arrays, so a million entries fit
 * in a few hundred megabytes). A name becomes a candidate only when its keys cover every word of the
 * query or every word of its own: with fewer, the scoring rules keep it below REPORT_FLOOR.
 */
export class NameIndex {
  private readonly bits: number;
  private readonly starts: Uint32Array;
  private readonly postings: Uint32Array;
  private readonly content: Uint8Array;
  private readonly hits: Uint8Array;
  private readonly stamp: Uint16Array;
  private readonly names: IndexedName[];

  constructor(names: IndexedName[]) {
    this.names = names;
    const n = names.length;
    this.bits = Math.max(12, Math.min(24, Math.ceil(Math.log2(n * 4 + 1))));
    const size = 1 << this.bits;
    this.content = new Uint8Array(n);
    const offsets = new Uint32Array(n + 1);
    let hashes = new Uint32Array(Math.max(1024, n * 24));
    let used = 0;
    const keys: BlockKey[] = [];
    for (let i = 0; i < n; i++) {
      const tokens = nameTokens(names[i].text, names[i].kind);
      this.content[i] = Math.min(255, contentCount(tokens));
      keys.length = 0;
      blockKeys(tokens, INDEX_RUN, keys);
      if (used + keys.length > hashes.length) {
        const bigger = new Uint32Array(Math.ceil((used + keys.length) * 1.5));
        bigger.set(hashes.subarray(0, used));
        hashes = bigger;
      }
      for (const k of keys) hashes[used++] = k.hash & (size - 1);
      offsets[i + 1] = used;
    }
    this.starts = new Uint32Array(size + 1);
    for (let j = 0; j < used; j++) this.starts[hashes[j] + 1]++;
    for (let b = 0; b < size; b++) this.starts[b + 1] += this.starts[b];
    const fill = this.starts.slice(0, size);
    this.postings = new Uint32Array(used);
    for (let i = 0; i < n; i++) {
      for (let j = offsets[i]; j < offsets[i + 1]; j++) {
        const b = hashes[j];
        // A name lists each bucket once.
        if (fill[b] > this.starts[b] && this.postings[fill[b] - 1] === i) continue;
        this.postings[fill[b]++] = i;
      }
    }
    this.hits = new Uint8Array(n);
    this.stamp = new Uint16Array(n);
  }

  get size(): number {
    return this.names.length;
  }

  name(i: number): IndexedName {
    return this.names[i];
  }

  /** Names that may score REPORT_FLOOR or more against the query, best first. */
  search(query: string, opts: { kind?: NameKind; limit?: number } = {}): Candidate[] {
    const qt = nameTokens(query, opts.kind);
    const need = contentCount(qt);
    if (!need) return [];
    const mask = (1 << this.bits) - 1;
    const touched: number[] = [];
    const keys = blockKeys(qt, QUERY_RUN);
    // Each query word counts once per name, whichever of its keys hit.
    for (let w = 0; w < qt.length; w++) {
      if (qt[w].particle || qt[w].initial) continue;
      const mark = (w + 1) & 0xffff;
      for (const k of keys) {
        if (w < k.start || w >= k.end) continue;
        const b = k.hash & mask;
        for (let p = this.starts[b]; p < this.starts[b + 1]; p++) {
          const id = this.postings[p];
          if (this.stamp[id] === mark) continue;
          if (this.hits[id] === 0 && this.stamp[id] === 0) touched.push(id);
          this.stamp[id] = mark;
          this.hits[id]++;
        }
      }
    }
    const out: Candidate[] = [];
    for (const id of touched) {
      const got = this.hits[id];
      this.hits[id] = 0;
      this.stamp[id] = 0;
      if (got < Math.min(need, this.content[id])) continue;
      const cmp = compareTokens(qt, cachedTokens(this.names[id].text, this.names[id].kind), opts.kind ?? this.names[id].kind);
      if (cmp.score >= REPORT_FLOOR) out.push({ entry: this.names[id].entry, name: id, comparison: cmp });
    }
    return bestPerEntry(out, opts.limit ?? 10);
  }

  /** Every name scored, no index: the reference the index is measured against. */
  bruteForce(query: string, opts: { kind?: NameKind; limit?: number } = {}): Candidate[] {
    const qt = nameTokens(query, opts.kind);
    const out: Candidate[] = [];
    for (let id = 0; id < this.names.length; id++) {
      const cmp = compareTokens(qt, cachedTokens(this.names[id].text, this.names[id].kind), opts.kind ?? this.names[id].kind);
      if (cmp.score >= REPORT_FLOOR) out.push({ entry: this.names[id].entry, name: id, comparison: cmp });
    }
    return bestPerEntry(out, opts.limit ?? 10);
  }
}

function contentCount(tokens: NameToken[]): number {
  return tokens.filter((t) => !t.particle && !t.initial).length;
}

function bestPerEntry(found: Candidate[], limit: number): Candidate[] {
  const best = new Map<number, Candidate>();
  for (const c of found) {
    const b = best.get(c.entry);
    if (!b || c.comparison.score > b.comparison.score) best.set(c.entry, c);
  }
  return [...best.values()].sort((a, b) => b.comparison.score - a.comparison.score || a.entry - b.entry).slice(0, limit);
}
