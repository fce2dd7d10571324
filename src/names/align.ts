import { foldOnce, skeleton } from './fold.js';
import { jaroWinkler } from './jaro.js';
import type { PairMemo } from './pair-memo.js';
import { tokenSimilarity } from './similarity.js';
import type { NameToken } from './tokens.js';

export interface Unit {
  start: number;
  end: number;
  token: NameToken;
  /** Joined across a hyphen or after a particle or Abd: written apart, but one name ("Bel Mokhtar", "Tse-tung"). */
  bound: boolean;
}

export interface Pair {
  a: Unit;
  b: Unit;
  sim: number;
  how: string;
}

/** Below this, two tokens are not treated as the same word. */
export const TOKEN_MIN = 0.84;
/** A join of words written apart must meet the single word at least this closely. */
export const JOIN_MIN = 0.9;
/** Words written apart with no hyphen or particle only join on a near-identical spelling. */
const LOOSE_JOIN_RAW = 0.93;
const MAX_RUN = 3;

function singles(tokens: NameToken[]): Unit[] {
  return tokens.map((token, i) => ({ start: i, end: i + 1, token, bound: true }));
}

function near(o: NameToken, first: NameToken, keyLength: number, abjad: boolean): boolean {
  return !o.initial && (abjad || ((o.key[0] === first.key[0] || o.raw[0] === first.raw[0]) && Math.abs(o.key.length - keyLength) <= 3));
}

/** Whether a hyphen, a particle or Abd binds a word to the next ("Wei-min", "Bel Mokhtar", "Abd Allah"), as Arabic script does. */
export function bindsNext(t: NameToken, next: NameToken): boolean {
  return t.hyphen || t.particle || t.raw === 'abd' || next.abjad;
}

/** Adjacent words joined into one token spelled `raw`, which starts with `first`. */
export function joinedToken(first: NameToken, raw: string, withSkeleton = true): NameToken {
  const key = foldOnce(raw);
  return { ...first, raw, key, skel: withSkeleton ? skeleton(key) : '', weight: 1, particle: false };
}

/** Runs of two or three adjacent words joined, kept only where they could meet one word of the other name. */
function runs(tokens: NameToken[], other: NameToken[]): Unit[] {
  const out: Unit[] = [];
  const abjad = other.some((o) => o.abjad) || tokens.some((t) => t.abjad);
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    if (first.initial) continue;
    let raw = first.raw;
    let keyLength = first.key.length;
    let bound = true;
    for (let len = 2; len <= MAX_RUN && i + len <= tokens.length; len++) {
      const prev = tokens[i + len - 2];
      const t = tokens[i + len - 1];
      if (t.initial) break;
      raw += t.raw;
      keyLength += t.key.length;
      bound &&= bindsNext(prev, t);
      // Cheap gate before folding: some word of the other name starts alike and is about as long.
      // (Arabic script spells no short vowels, so there lengths say nothing.)
      if (!other.some((o) => near(o, first, keyLength, abjad))) continue;
      out.push({ start: i, end: i + len, bound, token: joinedToken(first, raw, abjad) });
    }
  }
  return out;
}

/** Scores one candidate pair of units and keeps it when it is close enough to align. */
function consider(x: Unit, y: Unit, multi: boolean, memo: PairMemo | undefined, out: Pair[]): void {
  const m = memo ? memo.get(x.token, y.token) : tokenSimilarity(x.token, y.token);
  if (m.sim < (multi ? JOIN_MIN : TOKEN_MIN)) return;
  if (multi && !(x.bound && y.bound) && jaroWinkler(x.token.raw, y.token.raw) < LOOSE_JOIN_RAW) return;
  out.push({ a: x, b: y, sim: m.sim, how: multi ? `joined: ${m.how}` : m.how });
}

const span = (p: Pair) => p.a.end - p.a.start + p.b.end - p.b.start;

/**
 * Greedy alignment: best-scoring pairs first, each token used once. A run on one side may only pair
 * with a single token on the other, which covers joined and split spellings.
 */
export function alignTokens(a: NameToken[], b: NameToken[], memo?: PairMemo): Pair[] {
  const sa = singles(a);
  const sb = singles(b);
  const candidates: Pair[] = [];
  for (const x of sa) for (const y of sb) consider(x, y, false, memo, candidates);
  if (a.length > 1 || b.length > 1) {
    for (const x of runs(a, b)) for (const y of sb) consider(x, y, true, memo, candidates);
    for (const y of runs(b, a)) for (const x of sa) consider(x, y, true, memo, candidates);
  }
  if (candidates.length < 2) return candidates;
  candidates.sort((p, q) => q.sim - p.sim || span(q) - span(p));
  const usedA = new Uint8Array(a.length);
  const usedB = new Uint8Array(b.length);
  const chosen: Pair[] = [];
  for (const p of candidates) {
    if (anyUsed(usedA, p.a) || anyUsed(usedB, p.b)) continue;
    mark(usedA, p.a);
    mark(usedB, p.b);
    chosen.push(p);
  }
  return chosen.sort((p, q) => p.a.start - q.a.start);
}

function anyUsed(used: Uint8Array, u: Unit): boolean {
  for (let i = u.start; i < u.end; i++) if (used[i]) return true;
  return false;
}

function mark(used: Uint8Array, u: Unit): void {
  for (let i = u.start; i < u.end; i++) used[i] = 1;
}
