import { fold, skeleton } from './fold.js';
import { tokenSimilarity } from './similarity.js';
import type { NameToken } from './tokens.js';

export interface Unit {
  start: number;
  end: number;
  token: NameToken;
}

export interface Pair {
  a: Unit;
  b: Unit;
  sim: number;
  how: string;
}

/** Below this, two tokens are not treated as the same word. */
export const TOKEN_MIN = 0.84;
const MAX_RUN = 3;

/** Single tokens and runs of up to three adjacent tokens joined ("Bel Mokhtar" → "belmokhtar"). */
function units(tokens: NameToken[]): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    out.push({ start: i, end: i + 1, token: tokens[i] });
    let raw = tokens[i].raw;
    for (let len = 2; len <= MAX_RUN && i + len <= tokens.length; len++) {
      const t = tokens[i + len - 1];
      if (t.initial || tokens[i].initial) break;
      raw += t.raw;
      const key = fold(raw);
      out.push({
        start: i,
        end: i + len,
        token: { ...tokens[i], raw, key, skel: skeleton(key), weight: 1, particle: false },
      });
    }
  }
  return out;
}

/**
 * Greedy alignment: best-scoring pairs first, each token used once. A run on one side may only pair
 * with a single token on the other, which covers joined and split spellings.
 */
export function alignTokens(a: NameToken[], b: NameToken[]): Pair[] {
  const ua = units(a);
  const ub = units(b);
  const candidates: Pair[] = [];
  for (const x of ua) {
    for (const y of ub) {
      const multi = x.end - x.start > 1 || y.end - y.start > 1;
      if (x.end - x.start > 1 && y.end - y.start > 1) continue;
      const m = tokenSimilarity(x.token, y.token);
      // A join must beat the parts: the fold of a joined run must meet the single token closely.
      if (m.sim < (multi ? 0.9 : TOKEN_MIN)) continue;
      candidates.push({ a: x, b: y, sim: m.sim, how: multi ? `joined: ${m.how}` : m.how });
    }
  }
  const span = (p: Pair) => p.a.end - p.a.start + p.b.end - p.b.start;
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
