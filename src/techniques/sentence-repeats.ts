import type { Doc } from '../doc/document.js';
import type { Technique } from '../dossier/contract.js';
import { sentenceRanges, type WordStream } from './words.js';

/** The longest phrase whose immediate repeat is looked for, in words. */
const MAX_PHRASE = 5;
/** Clauses in one sentence opening the same way that make an anaphora. */
const CLAUSE_RUN = 3;
/** Words that say nothing by themselves: a phrase of only these, or a clause key ending in one, is grammar. */
const FUNCTION = new Set(
  'a an the of to in on at by for with from and or but is are was were be been am it its this that these those there here he she they we you i me him her them us our your their his my will would shall should can could may might must do does did has have had not no so as if then than very too also just'.split(' '),
);
/** Doubled words that are idiom, not rhetoric ("again and again" is not found anyway: a comma must part single words). */
const IDIOM = new Set(['very', 'really', 'again', 'more', 'over', 'bye', 'well', 'yes', 'okay', 'please', 'many', 'much', 'far', 'long', 'slowly', 'little', 'ha', 'la', 'blah']);
const LINK = new Set(['and', 'or']);

const WORD = /^\p{L}+(?:['\u2019]\p{L}+)?$/u;
/** Words only (no figures: "6-4, 6-4" is a score), at least one of them a content word. */
const contentful = (words: string[]) => words.every((w) => WORD.test(w)) && words.some((w) => !FUNCTION.has(w) && !IDIOM.has(w) && w.length >= 3);

/**
 * A phrase said again at once inside one sentence: "Jobs, jobs, jobs", "shame on them, shame on
 * them", "we will fight, we will fight, and we will fight again". Copies are parted by a comma or
 * "and" (a doubled phrase with nothing between is a slip of the pen); a single word needs three
 * copies ("products, products of industry" is a list).
 */
export function immediateRepeats(doc: Doc, ws: WordStream): Technique[] {
  const out: Technique[] = [];
  const n = ws.lower.length;
  let i = 0;
  while (i < n) {
    let found = false;
    for (let len = MAX_PHRASE; len >= 1 && !found; len--) {
      // A copy starts right after the phrase, or after "and"/"or": its first word must come back there.
      const at = ws.lower[i + len];
      if (at !== ws.lower[i] && !(LINK.has(at) && ws.lower[i + len + 1] === ws.lower[i])) continue;
      const phrase = ws.lower.slice(i, i + len);
      if (phrase.length < len || !contentful(phrase) || !oneSentence(ws, i, i + len)) continue;
      let copies = 1;
      let end = i + len;
      for (let next = nextCopy(doc, ws, end, len); next >= 0 && same(ws, i, next, len); next = nextCopy(doc, ws, end, len)) {
        copies++;
        end = next + len;
      }
      if (copies < (len === 1 ? 3 : 2)) continue;
      const span = doc.span(ws.start[i], ws.end[end - 1]);
      out.push({ label: 'Repetition', ...span, confidence: 0.65, explanation: `"${phrase.join(' ')}": said ${copies} times in a row` });
      i = end;
      found = true;
    }
    if (!found) i++;
  }
  return out;
}

/** Where the next copy of a phrase of `len` words would start after word `end`, or -1. */
function nextCopy(doc: Doc, ws: WordStream, end: number, len: number): number {
  if (end >= ws.lower.length || ws.sentence[end] !== ws.sentence[end - 1]) return -1;
  if (ws.gap[end] > 1) return -1;
  if (LINK.has(ws.lower[end]) && len >= 2 && end + 1 < ws.lower.length && ws.gap[end + 1] === 0) return end + 1;
  return afterComma(doc, ws, end) ? end : -1;
}

/** A comma (not a hyphen or a bracket) stands between word k-1 and word k. */
function afterComma(doc: Doc, ws: WordStream, k: number): boolean {
  return k > 0 && doc.text.slice(ws.end[k - 1], ws.start[k]).includes(',');
}

function same(ws: WordStream, a: number, b: number, len: number): boolean {
  if (b + len > ws.lower.length || !oneSentence(ws, b, b + len)) return false;
  for (let k = 0; k < len; k++) if (ws.lower[a + k] !== ws.lower[b + k]) return false;
  return true;
}

/** The words from..to-1 lie in one sentence and within one clause (no stop between them). */
function oneSentence(ws: WordStream, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (ws.sentence[k] !== ws.sentence[from] || ws.gap[k] > 1) return false;
  return true;
}

/**
 * Three or more clauses of one sentence that open the same way: "they lied about the war, they lied
 * about the money, and they lied about the children". The opening runs to its first content word, so
 * "in the north, in the south" differ.
 */
export function clauseAnaphora(doc: Doc, ws: WordStream): Technique[] {
  const out: Technique[] = [];
  for (const [s, e] of sentenceRanges(ws)) {
    const byKey = new Map<string, number[]>();
    for (let p = s; p < e; p++) {
      const opens = p === s || afterComma(doc, ws, p) || (LINK.has(ws.lower[p - 1]) && afterComma(doc, ws, p - 1));
      if (!opens || LINK.has(ws.lower[p])) continue;
      const key = openingOf(ws, p, e);
      if (key) byKey.set(key, [...(byKey.get(key) ?? []), p]);
    }
    for (const [key, starts] of byKey) {
      if (starts.length < CLAUSE_RUN) continue;
      const last = starts[starts.length - 1] + key.split(' ').length - 1;
      const span = doc.span(ws.start[starts[0]], ws.end[last]);
      out.push({ label: 'Repetition', ...span, confidence: 0.6, explanation: `${starts.length} clauses of one sentence open with "${key}"` });
    }
  }
  return out;
}

/** The clause's first words up to and including its first content word (at most three), or null. */
function openingOf(ws: WordStream, p: number, end: number): string | null {
  for (let k = p; k < Math.min(p + 3, end); k++) {
    if (k > p && ws.gap[k] > 0) return null;
    if (!WORD.test(ws.lower[k])) return null;
    if (!FUNCTION.has(ws.lower[k]) && ws.lower[k].length >= 3) return ws.lower.slice(p, k + 1).join(' ');
  }
  return null;
}
