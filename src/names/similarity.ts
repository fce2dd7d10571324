import { distance } from 'fastest-levenshtein';
import { fold } from './fold.js';
import { jaroWinkler } from './jaro.js';
import type { NameToken } from './tokens.js';

export interface TokenMatch {
  sim: number;
  how: string;
}

const NONE: TokenMatch = { sim: 0, how: 'different' };

/** How alike two tokens (or joined runs of tokens) are, and by which rule. */
export function tokenSimilarity(a: NameToken, b: NameToken): TokenMatch {
  if (a.raw === b.raw) return { sim: 1, how: 'exact' };
  if (a.initial || b.initial) {
    const [init, full] = a.initial ? [a, b] : [b, a];
    return !full.initial && full.raw.startsWith(init.raw) ? { sim: 0.85, how: 'initial' } : NONE;
  }
  if (a.key === b.key) return { sim: 0.97, how: 'transliteration' };
  const short = Math.min(a.raw.length, b.raw.length);
  if (a.abjad !== b.abjad) {
    if (a.skel === b.skel && a.skel.length >= 2) return { sim: 0.95, how: 'script consonants' };
    const s = jaroWinkler(a.skel, b.skel) * 0.93;
    return s > 0.8 && short >= 3 ? { sim: round(s), how: 'script consonants ~' } : NONE;
  }
  // Short names differ by a single letter too often (Ali/Alia, Li/Lu): only folds count.
  if (short <= 3) return NONE;
  const jwRaw = jaroWinkler(a.raw, b.raw);
  const jwKey = jaroWinkler(a.key, b.key) * 0.98;
  const lev = distance(a.key, b.key);
  const levSim = short >= 6 && lev === 1 ? 0.93 : 0;
  const article = joinedArticle(a.raw, b.raw);
  const best = Math.max(jwRaw, jwKey, levSim, article);
  const how = best === article ? 'article joined' : best === levSim ? 'edit distance 1' : best === jwRaw ? 'jaro-winkler' : 'jaro-winkler (folded)';
  return { sim: round(best), how: `${how} ${round(best).toFixed(2)}` };
}

/** The Arabic article written joined to the name: "Alhammam" / "Hammam". */
export function stripArticle(raw: string): string {
  return /^(?:al|el)[a-z]{4,}$/.test(raw) ? raw.slice(2) : raw;
}

function joinedArticle(a: string, b: string): number {
  const [sa, sb] = [stripArticle(a), stripArticle(b)];
  if (sa === a && sb === b) return 0;
  return jaroWinkler(fold(sa), fold(sb)) * 0.96;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
