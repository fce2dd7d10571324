import { CONFLICT_FACTOR, EXTRA_PENALTY, PARTIAL_CAP } from './compare.js';

/** What is known of one name before aligning it: enough to bound the score from above. */
export interface SideBound {
  /** At least the weighted share of the name its alignment can cover (each word at its best similarity). */
  cover: number;
  /** Some word of the name surely stays without a counterpart (it is like no word of the other name). */
  missing: boolean;
  /** Words that are not particles (as the scorer counts them). */
  words: number;
}

/**
 * The highest score the name scorer can give two names, from each side's best coverage and whether
 * a word surely stays unmatched: the scorer's own cases (conflict, extra words, a partial match) with
 * every penalty it might not apply left out. Used to skip scoring names that cannot reach a floor.
 */
export function scoreCeiling(a: SideBound, b: SideBound): number {
  const conflict = CONFLICT_FACTOR * Math.min(a.cover, b.cover);
  if (a.missing && b.missing) return conflict;
  // The side with nothing unmatched is the one scored; the other's unmatched words cost at least one penalty.
  const oneSided = (short: SideBound) => {
    const score = short.cover - EXTRA_PENALTY;
    return short.words <= 1 ? Math.min(score, PARTIAL_CAP) : score;
  };
  if (a.missing) return Math.max(conflict, oneSided(b));
  if (b.missing) return Math.max(conflict, oneSided(a));
  return Math.max(a.cover, b.cover);
}
