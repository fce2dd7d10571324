import { tokenSimilarity, type TokenMatch } from './similarity.js';
import type { NameToken } from './tokens.js';

const spelling = (t: NameToken) => (t.abjad ? `\u0001${t.raw}` : t.raw);

/**
 * Word-pair similarities already computed: scoring one name against many meets the same pairs again
 * and again. Two levels of maps keyed by the words themselves, so a lookup builds no new string.
 */
export class PairMemo {
  private readonly pairs = new Map<string, Map<string, TokenMatch>>();
  size = 0;

  get(x: NameToken, y: NameToken): TokenMatch {
    const kx = spelling(x);
    let inner = this.pairs.get(kx);
    if (!inner) this.pairs.set(kx, (inner = new Map()));
    const ky = spelling(y);
    let m = inner.get(ky);
    if (!m) {
      inner.set(ky, (m = tokenSimilarity(x, y)));
      this.size++;
    }
    return m;
  }

  clear(): void {
    this.pairs.clear();
    this.size = 0;
  }
}
