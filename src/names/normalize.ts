import { transliterate } from './script.js';
import { LEGAL_SET } from './words.js';

/** Latin letters that do not decompose into a base letter plus accent. */
const SPECIAL: Record<string, string> = {
  ß: 'ss', æ: 'ae', ø: 'o', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h', ŧ: 't', ŋ: 'ng',
};

export interface RawToken {
  text: string;
  /** The token was written joined to the next one by a hyphen ("ad-Din"). */
  hyphen: boolean;
}

export interface Normalized {
  tokens: RawToken[];
  abjad: boolean;
}

/**
 * Lower-case, accents and apostrophes removed, other scripts written in Latin letters where a table
 * exists (script.ts); "LAST, First" turned round.
 * Returns the words with a note of which ones carried a hyphen.
 */
export function normalizeName(name: string): Normalized {
  const ascii = /^[\x20-\x7e]*$/.test(name);
  const lower = reorderComma(ascii ? name : name.normalize('NFKC')).toLowerCase();
  const { text, abjad } = ascii ? { text: lower, abjad: false } : transliterate(lower);
  const plain = ascii ? lower.replace(/['`]/g, '').replace(/\b(?:[a-z]\.){2,}/g, legalDots) : text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ßæøœłđðþıħŧŋ]/g, (c) => SPECIAL[c] ?? c)
    .replace(/['’‘`ʼʻʿʾ´]/g, '')
    .replace(/\b(?:[a-z]\.){2,}/g, legalDots);
  const tokens: RawToken[] = [];
  // Scripts with no Latin spelling here (Chinese, Korean, Japanese, Thai…) stay as they are written, so a
  // name can still meet itself; Chinese is written without spaces, so a run of characters is one word.
  const re = ascii ? /[a-z0-9]+/g : /[a-z0-9]+|[\p{L}\p{N}\p{M}]+/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(plain))) {
    const next = plain[m.index + m[0].length];
    tokens.push({ text: m[0], hyphen: next === '-' || next === '‐' || next === '–' });
  }
  return { tokens, abjad };
}

/** "B.V." is the legal form "bv"; other dotted letters stay initials. */
function legalDots(m: string): string {
  const joined = m.replace(/\./g, '');
  return LEGAL_SET.has(joined) ? joined : m;
}

/** "DROUKDEL, Abdelmalek" → "Abdelmalek DROUKDEL"; lists and indexes print family names first. */
function reorderComma(name: string): string {
  const parts = name.split(',');
  if (parts.length !== 2) return name;
  const [family, given] = parts.map((p) => p.trim());
  if (!family || !given || family.split(/\s+/).length > 3 || given.split(/\s+/).length > 4) return name;
  return `${given} ${family}`;
}
