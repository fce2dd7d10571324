import { LEXICONS } from './lexicon.js';
import { inflections } from './morph.js';

/**
 * A cue pattern is a short string of space-separated elements, matched against the words of one sentence:
 *   word        the word itself (case-insensitive)       a|b|c     any of these words
 *   stem~       any word starting with "stem"            @name     any word of a lexicon (lexicon.ts)
 *   _           any word                                 _l        any word written in lower case
 *   _C          any word written with a capital (a name, a title)
 *   word+       the word and its regular inflections     @name+    every word of a lexicon, inflected
 *   el?         the element may be absent                ...       up to eight words, commas allowed
 *   !el         the next word must not match (consumes nothing)
 *   ,           a comma may stand before the next word ("wake up , people")
 */
export type Element =
  | { kind: 'words'; words: Set<string>; optional: boolean }
  | { kind: 'stem'; stem: string; optional: boolean }
  | { kind: 'any'; lower: boolean; upper: boolean; optional: boolean }
  | { kind: 'gap' }
  | { kind: 'comma' }
  | { kind: 'not'; inner: Element };

export function compilePattern(pattern: string): Element[] {
  const out = pattern.trim().split(/\s+/).map(compileElement);
  const first = out[0];
  if (!first || first.kind === 'gap' || first.kind === 'comma' || first.kind === 'not' || first.kind === 'any') {
    throw new Error(`cue pattern must start with a word, a stem or a lexicon: "${pattern}"`);
  }
  return out;
}

function compileElement(raw: string): Element {
  if (raw === '...') return { kind: 'gap' };
  if (raw === ',') return { kind: 'comma' };
  if (raw.startsWith('!')) return { kind: 'not', inner: compileElement(raw.slice(1)) };
  const optional = raw.endsWith('?') && raw.length > 1;
  const body = optional ? raw.slice(0, -1) : raw;
  if (body === '_' || body === '_l' || body === '_C') return { kind: 'any', lower: body === '_l', upper: body === '_C', optional };
  if (body.endsWith('~')) {
    if (body.length < 5) throw new Error(`a stem needs at least four letters: "${raw}"`);
    return { kind: 'stem', stem: body.slice(0, -1).toLowerCase(), optional };
  }
  const words = new Set<string>();
  for (const raw of body.split('|')) {
    const inflect = raw.endsWith('+') && raw.length > 1;
    const alt = inflect ? raw.slice(0, -1) : raw;
    const forms = (x: string) => (inflect ? inflections(x) : [x.toLowerCase()]);
    if (alt.startsWith('@')) {
      const lex = LEXICONS[alt.slice(1)];
      if (!lex) throw new Error(`unknown lexicon ${alt}`);
      for (const w of lex.words) for (const f of forms(w)) words.add(f);
    } else for (const f of forms(alt)) words.add(f);
  }
  return { kind: 'words', words, optional };
}

/** Index keys for a pattern's possible first words: exact words, and 4-letter stem prefixes. */
export function firstKeys(elements: Element[]): { words: string[]; stems: string[] } {
  const words: string[] = [];
  const stems: string[] = [];
  for (const el of elements) {
    if (el.kind === 'words') words.push(...el.words);
    else if (el.kind === 'stem') stems.push(el.stem.slice(0, 4));
    else throw new Error('an optional first element must be followed by a word, a stem or a lexicon');
    if (!el.optional) break;
  }
  return { words, stems };
}
