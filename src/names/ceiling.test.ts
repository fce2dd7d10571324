import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TOKEN_MIN } from './align.js';
import { type SideBound, scoreCeiling } from './ceiling.js';
import { compareTokens } from './compare.js';
import { tokenSimilarity } from './similarity.js';
import { nameTokens, type NameKind, type NameToken } from './tokens.js';

const isContent = (t: NameToken) => !t.particle && !t.initial;

/** Each side bounded as the index bounds it: every word at its best similarity to any word of the other name. */
function side(own: NameToken[], other: NameToken[], joined: boolean): SideBound {
  let cover = 0;
  let missing = false;
  for (const t of own) {
    const best = Math.max(0, ...other.map((o) => tokenSimilarity(t, o).sim).filter((s) => s >= TOKEN_MIN));
    if (!isContent(t) || joined) cover += t.weight;
    else {
      cover += t.weight * best;
      if (best === 0) missing = true;
    }
  }
  const total = own.reduce((s, t) => s + t.weight, 0);
  return { cover: cover / total, missing, words: own.filter((t) => !t.particle).length };
}

const pairs = readFileSync(new URL('../../eval/names/pairs.tsv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t'));

describe('scoreCeiling', () => {
  it('is never below the score of any labelled pair', () => {
    let tight = 0;
    for (const [a, b, , kind] of pairs) {
      const k = (kind || undefined) as NameKind | undefined;
      const ta = nameTokens(a, k);
      const tb = nameTokens(b, k);
      const result = compareTokens(ta, tb, k);
      // Joined words are bounded as wholly matched, as the index does.
      const joined = result.aligned.some((x) => x.how.startsWith('joined'));
      const ceiling = scoreCeiling(side(ta, tb, joined), side(tb, ta, joined));
      expect(ceiling + 1e-6, `${a} / ${b}`).toBeGreaterThanOrEqual(result.score - 0.0005);
      if (ceiling - result.score < 0.05) tight++;
    }
    // A bound that is always 1 would pass the check above: most pairs must be bounded closely.
    expect(tight / pairs.length).toBeGreaterThan(0.5);
  });

  it('keeps a name with an unmatched word on each side below the conflict factor', () => {
    const c = scoreCeiling({ cover: 0.5, missing: true, words: 2 }, { cover: 0.5, missing: true, words: 2 });
    expect(c).toBeCloseTo(0.4);
  });

  it('caps a lone word matched inside a longer name', () => {
    expect(scoreCeiling({ cover: 1, missing: false, words: 1 }, { cover: 0.5, missing: true, words: 2 })).toBeLessThanOrEqual(0.7);
  });
});
