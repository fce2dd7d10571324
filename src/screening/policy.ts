import { MATCH_THRESHOLD } from '../names/compare.js';

/**
 * When a scored candidate counts as a watchlist hit. A false hit on a journalist is serious, so names
 * that fit many people need more than the ordinary threshold.
 */
export interface HitRule {
  when: 'default' | 'single-word' | 'weak-alias' | 'common-name' | 'script-consonants';
  minScore: number;
  reason: string;
}

export const HIT_RULES: HitRule[] = [
  { when: 'default', minScore: MATCH_THRESHOLD, reason: 'the name matcher says same name' },
  { when: 'single-word', minScore: 0.96, reason: 'a lone word (a surname or nickname) fits many people; only a near-exact one-word alias counts' },
  { when: 'weak-alias', minScore: 0.96, reason: 'the list itself marks the alias as weak or low quality' },
  { when: 'common-name', minScore: 0.97, reason: 'every word is among the most frequent names' },
  { when: 'script-consonants', minScore: 0.96, reason: 'every word met only by its consonants in another script (Arabic script writes no short vowels), which many names share' },
];

export interface HitFacts {
  score: number;
  queryWords: number;
  aliasWords: number;
  weak: boolean;
  common: boolean;
  /** Every aligned word met across scripts by consonants alone. */
  scriptOnly?: boolean;
}

/** The rules a candidate must pass, and whether it passes them all. */
export function judgeHit(f: HitFacts): { hit: boolean; rules: HitRule[] } {
  const apply = HIT_RULES.filter(
    (r) =>
      r.when === 'default' ||
      (r.when === 'single-word' && (f.queryWords <= 1 || f.aliasWords <= 1)) ||
      (r.when === 'weak-alias' && f.weak) ||
      (r.when === 'common-name' && f.common) ||
      (r.when === 'script-consonants' && f.scriptOnly === true),
  );
  // A lone word only ever matches a lone-word alias: "Droukdel" alone is not "Abdelmalek Droukdel".
  // Nor does a lone common first name or a lone weak alias ("Hassan", "Bilal").
  const lone = f.queryWords <= 1 && (f.aliasWords > 1 || f.weak || f.common);
  return { hit: !lone && apply.every((r) => f.score >= r.minScore), rules: apply };
}
