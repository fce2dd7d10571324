import type { Range } from './sentences.js';

export interface RawToken extends Range {
  kind: 'word' | 'number' | 'punct' | 'symbol';
}

// Order matters: dotted acronyms before words, numbers with separators before bare digits.
const TOKEN =
  /((?:\p{Lu}\.){2,}\p{Lu}?|\p{L}[\p{L}\p{M}]*(?:['-][\p{L}\p{M}]+)*)|(\d+(?:[.,:/]\d+)*)|([.,;:!?"'()[\]{}\-\u2026])|(\S)/gu;

/** Splits the clean view into word, number, punctuation and symbol tokens (view offsets). */
export function tokenize(text: string): RawToken[] {
  const out: RawToken[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const kind = m[1] ? 'word' : m[2] ? 'number' : m[3] ? 'punct' : 'symbol';
    out.push({ start: m.index, end: m.index + m[0].length, kind });
  }
  return out;
}
