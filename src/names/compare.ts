import { alignTokens, type Pair } from './align.js';
import type { PairMemo } from './pair-memo.js';
import { isContent, nameTokens, type NameKind, type NameToken } from './tokens.js';
import { SYLLABLE_FAMILY_SET } from './words.js';

export interface NameComparison {
  score: number;
  match: boolean;
  explanation: string;
  aligned: Array<{ a: string; b: string; how: string }>;
}

/** Scores at or above this are the same name. */
export const MATCH_THRESHOLD = 0.85;

/** Penalty per extra word in the longer name (middle names, patronymics). */
export const EXTRA_PENALTY = 0.04;
/** A single word matching one word of a longer name never reaches the threshold. */
export const PARTIAL_CAP = 0.7;
/** The longer name starts with a name the shorter lacks: "Ahmed Mohammed Yusuf" is the son of "Mohammed Yusuf". */
const LEADING_PENALTY = 0.15;
/** Both names hold words the other lacks: different given names, different relatives. */
export const CONFLICT_FACTOR = 0.8;
const SPLIT_PENALTY = 0.15;
const ORDER_PENALTY = 0.1;
const INITIAL_PENALTY = 0.15;

/** Compare two names: a score in 0..1, a decision, and which words aligned by which rule. */
export function compareNames(a: string, b: string, options: { kind?: NameKind } = {}): NameComparison {
  return compareTokens(nameTokens(a, options.kind), nameTokens(b, options.kind), options.kind);
}

/** Compare tokenised names; `memo` caches word-pair similarities across calls with the same first name. */
export function compareTokens(ta: NameToken[], tb: NameToken[], kind?: NameKind, memo?: PairMemo): NameComparison {
  if (!ta.length || !tb.length) return { score: 0, match: false, explanation: 'a name is empty', aligned: [] };
  const pairs = alignTokens(ta, tb, memo);
  const aligned = pairs.map((p) => ({ a: p.a.token.raw, b: p.b.token.raw, how: p.how }));
  const { score, notes } = scorePairs(ta, tb, pairs, kind);
  const rounded = Math.round(score * 1000) / 1000;
  const parts = aligned.map((x) => (x.how === 'exact' ? `${x.a}=${x.b}` : `${x.a}~${x.b} (${x.how})`));
  const explanation = [parts.length ? `aligned ${parts.join(', ')}` : 'no words aligned', ...notes].join('; ');
  return { score: rounded, match: rounded >= MATCH_THRESHOLD, explanation, aligned };
}

/** The score alone, without the explanation: for scoring many candidates before explaining the best. */
export function scoreTokens(ta: NameToken[], tb: NameToken[], kind?: NameKind, memo?: PairMemo): number {
  if (!ta.length || !tb.length) return 0;
  const pairs = alignTokens(ta, tb, memo);
  if (!pairs.length) return 0;
  return Math.round(scorePairs(ta, tb, pairs, kind).score * 1000) / 1000;
}

function scorePairs(ta: NameToken[], tb: NameToken[], pairs: Pair[], kind?: NameKind): { score: number; notes: string[] } {
  const notes: string[] = [];
  const covered = (tokens: NameToken[], side: 'a' | 'b') => {
    const used = new Uint8Array(tokens.length);
    let got = 0;
    for (const p of pairs) {
      const u = p[side];
      let w = 0;
      for (let i = u.start; i < u.end; i++) {
        used[i] = 1;
        w += tokens[i].weight;
      }
      got += w * p.sim;
    }
    const total = tokens.reduce((s, t) => s + t.weight, 0);
    const missing = tokens.filter((t, i) => !used[i] && !t.particle);
    const leading = !used[firstContent(tokens)];
    const content = tokens.filter((t) => !t.particle).length;
    // Half of a two-syllable given name: hyphenated ("Kim Hyok-Chol"), or after a Korean or Chinese family name.
    const syllables = SYLLABLE_FAMILY_SET.has(tokens[0].raw) && used[0] === 1 && tokens.length <= 4;
    const split = tokens.some((t, i) => !used[i] && !t.particle && ((t.hyphen && used[i + 1]) || (i > 0 && tokens[i - 1].hyphen && used[i - 1]) || (i > 0 && syllables)));
    return { cov: total ? got / total : 0, missing, leading, content, matched: content - missing.length, split };
  };
  const A = covered(ta, 'a');
  const B = covered(tb, 'b');
  if (!pairs.length) return { score: 0, notes };
  if (A.missing.length && B.missing.length) {
    notes.push(`words in both names without a counterpart: ${words(A.missing)} / ${words(B.missing)}`);
    return { score: Math.min(A.cov, B.cov) * CONFLICT_FACTOR, notes };
  }
  const [short, long] = A.missing.length ? [B, A] : [A, B];
  let score = short.cov;
  if (long.missing.length) {
    notes.push(`extra words: ${words(long.missing)}`);
    score -= EXTRA_PENALTY * Math.min(long.missing.length, 3);
    if (short.content <= 1 || long.matched <= 1) {
      notes.push('only one word of the longer name is matched');
      score = Math.min(score, PARTIAL_CAP);
    }
    // A two-syllable given name matched only in part ("Kim Chol" / "Kim Hyok-Chol") is another name.
    if (long.split) {
      notes.push('part of a two-syllable given name is unmatched');
      score -= SPLIT_PENALTY;
    }
    // The shared words in another order, and more words besides: "Mahmoud Yassin" / "Yasin Mahmud Mochtar".
    if (crossed(pairs) && kind !== 'organization') {
      notes.push('the shared words stand in another order');
      score -= ORDER_PENALTY;
    }
    // "Hasan Shirazi" / "Hassan S. Mousavi": the longer name's initial stands for a word the shorter
    // spells out, while a word of the longer stays unmatched: more likely another person.
    const longSide = long === A ? 'a' : 'b';
    if (pairs.some((p) => p[longSide].token.initial && !p[longSide === 'a' ? 'b' : 'a'].token.initial)) {
      notes.push('a spelled-out word meets only an initial of the longer name');
      score -= INITIAL_PENALTY;
    }
    if (long.leading && kind !== 'organization') {
      notes.push('the longer name starts with a name the shorter lacks (a relative?)');
      score -= LEADING_PENALTY;
    }
  }
  return { score: Math.max(0, score), notes };
}

/** Whether the aligned words of the second name come in a different order than in the first. */
function crossed(pairs: Pair[]): boolean {
  const order = [...pairs].sort((p, q) => p.a.start - q.a.start).map((p) => p.b.start);
  return order.some((v, i) => i > 0 && v < order[i - 1]);
}

function firstContent(tokens: NameToken[]): number {
  const i = tokens.findIndex(isContent);
  return i < 0 ? 0 : i;
}

function words(tokens: NameToken[]): string {
  return tokens.map((t) => t.raw).join(' ');
}
