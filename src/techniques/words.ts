import type { Doc, Token } from '../doc/document.js';

/** The words of a document as cue patterns see them, built once per document. */
export interface WordStream {
  lower: string[];
  /** The word is written in lower case in the text (not a name, not a sentence start in capitals). */
  isLower: boolean[];
  start: number[];
  end: number[];
  /** What separates a word from the one before: 0 nothing or quotes, 1 a comma, 2 a sentence end or a clause mark. */
  gap: Uint8Array;
  sentence: Int32Array;
}

const SOFT = new Set([',', '-', '(', ')']);
/** A short capitalised word before a full stop: a title or initial ("Dr", "Gen", "J"), whose stop is not a clause end. */
const ABBREVIATION = /^\p{Lu}[\p{L}]{0,3}$/u;
const LOWERED = new WeakMap<Token[], string[]>();

/** Every token's norm in lower case, computed once per token list and shared by the stages that read it. */
export function lowerNorms(tokens: Token[]): string[] {
  let lower = LOWERED.get(tokens);
  if (!lower || lower.length !== tokens.length) {
    lower = tokens.map((t) => t.norm.toLowerCase());
    LOWERED.set(tokens, lower);
  }
  return lower;
}

/** One pass over the tokens; punctuation becomes the gap before the next word. */
export function wordStream(doc: Doc): WordStream {
  const ws: WordStream = { lower: [], isLower: [], start: [], end: [], gap: new Uint8Array(doc.tokens.length), sentence: new Int32Array(doc.tokens.length) };
  let pending = 0;
  // A full stop the segmenter did not end a sentence at is an abbreviation's ("Dr. Ruiz"), not a stop.
  let onlyDot = false;
  let s = 0;
  let lastSentence = -1;
  const lower = lowerNorms(doc.tokens);
  for (let k = 0; k < doc.tokens.length; k++) {
    const t = doc.tokens[k];
    if (t.kind === 'punct') {
      const p = t.norm;
      if (p === '"' || p === "'") continue;
      onlyDot = pending === 0 && p === '.' && k > 0 && ABBREVIATION.test(doc.tokens[k - 1].text);
      pending = Math.max(pending, SOFT.has(p) ? 1 : 2);
      continue;
    }
    while (s < doc.sentences.length && doc.sentences[s].end <= t.start) s++;
    const n = ws.lower.length;
    ws.lower.push(lower[k]);
    ws.isLower.push(t.norm[0] === t.norm[0].toLowerCase());
    ws.start.push(t.start);
    ws.end.push(t.end);
    ws.sentence[n] = s;
    ws.gap[n] = s !== lastSentence ? 2 : onlyDot ? 0 : pending;
    lastSentence = s;
    pending = 0;
    onlyDot = false;
  }
  return ws;
}

/** The word ranges [start, end) of the stream's sentences, in order. */
export function sentenceRanges(ws: WordStream): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const n = ws.lower.length;
  for (let s = 0; s < n; ) {
    let e = s + 1;
    while (e < n && ws.sentence[e] === ws.sentence[s]) e++;
    out.push([s, e]);
    s = e;
  }
  return out;
}
