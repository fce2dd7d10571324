import type { TechniqueLabel } from '../dossier/contract.js';
import { compilePattern, firstKeys, type Element } from './pattern.js';
import type { WordStream } from './words.js';

/** One persuasion cue: a pattern, the label it signals, how sure a match is, and why. */
export interface TechniqueCue {
  pattern: string;
  label: TechniqueLabel;
  confidence: number;
  reason: string;
  /** Only in a question ("what about ...?"). */
  question?: boolean;
  /** Not right after one of these words ("rose 100 percent" is a figure, not a boast). */
  notAfter?: string[];
  /** The first word must be written in lower case ("revolutionary", not "Revolutionary Guards"). */
  lower?: boolean;
  /** The match must close its sentence ("… is not for sale."). */
  atEnd?: boolean;
  /** The match must open its sentence or clause ("Period." as a sentence of its own). */
  atStart?: boolean;
  /** A comma or a stop must follow the match: its last word stands alone ("because of migrants,", not "because of migrants' rights"). */
  atClauseEnd?: boolean;
}

interface Compiled {
  cue: TechniqueCue;
  elements: Element[];
  notAfter: Set<string> | null;
}

export interface CueHit {
  cue: TechniqueCue;
  /** Word indexes, end exclusive. */
  from: number;
  to: number;
}

const GAP_WORDS = 8;

/** Cues indexed by their possible first word, so one pass over the words finds every match. */
export class CueMatcher {
  private byWord = new Map<string, Compiled[]>();
  private byStem = new Map<string, Compiled[]>();
  /** byStem keyed by the four character codes, so no prefix string is cut per word; null when a stem is not ASCII. */
  private byStemCode: Map<number, Compiled[]> | null = new Map();

  constructor(cues: TechniqueCue[]) {
    for (const cue of cues) {
      const elements = compilePattern(cue.pattern);
      const c: Compiled = { cue, elements, notAfter: cue.notAfter ? new Set(cue.notAfter) : null };
      const keys = firstKeys(elements);
      for (const w of keys.words) push(this.byWord, w, c);
      for (const s of keys.stems) push(this.byStem, s, c);
    }
    for (const [s, list] of this.byStem) {
      if (s.length !== 4) continue;
      const code = stemCode(s);
      if (code < 0) this.byStemCode = null;
      else this.byStemCode?.set(code, list);
    }
  }

  /** Every match, leftmost and not overlapping another match of the same cue. `isQuestion` tells whether a sentence ends in "?". */
  run(ws: WordStream, isQuestion: (sentence: number) => boolean): CueHit[] {
    const hits: CueHit[] = [];
    const busyUntil = new Map<Compiled, number>();
    for (let i = 0; i < ws.lower.length; i++) {
      const w = ws.lower[i];
      const a = this.byWord.get(w);
      const b = w.length < 4 ? undefined : this.byStemCode ? this.byStemCode.get(stemCode(w)) : this.byStem.get(w.slice(0, 4));
      if (a) tryCues(a, ws, i, isQuestion, busyUntil, hits);
      if (b) tryCues(b, ws, i, isQuestion, busyUntil, hits);
    }
    return hits;
  }
}

/** Tries each cue of one list at word i, in list order. */
function tryCues(list: Compiled[], ws: WordStream, i: number, isQuestion: (sentence: number) => boolean, busyUntil: Map<Compiled, number>, hits: CueHit[]): void {
  for (let n = 0; n < list.length; n++) {
    const c = list[n];
    if (c.notAfter && i > 0 && ws.gap[i] === 0 && c.notAfter.has(ws.lower[i - 1])) continue;
    if (c.cue.question && !isQuestion(ws.sentence[i])) continue;
    if ((busyUntil.get(c) ?? 0) > i) continue;
    if (c.cue.lower && !ws.isLower[i]) continue;
    if (c.cue.atStart && i > 0 && ws.gap[i] < 2) continue;
    const to = matchAt(c.elements, 0, ws, i, i);
    const closes = to === ws.lower.length || ws.gap[to] > (c.cue.atEnd ? 1 : 0);
    if (to > i && (!(c.cue.atEnd || c.cue.atClauseEnd) || closes)) {
      hits.push({ cue: c.cue, from: i, to });
      busyUntil.set(c, to);
    }
  }
}

/** The first four characters of a word as one number, or -1 when one of them is not ASCII. */
function stemCode(w: string): number {
  let code = 0;
  for (let k = 0; k < 4; k++) {
    const c = w.charCodeAt(k);
    if (c > 127) return -1;
    code = (code << 7) | c;
  }
  return code;
}

function push(map: Map<string, Compiled[]>, key: string, c: Compiled): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(c)) list.push(c);
  } else map.set(key, [c]);
}

function accepts(el: Element, ws: WordStream, i: number): boolean {
  switch (el.kind) {
    case 'words':
      return el.words.has(ws.lower[i]);
    case 'stem':
      return ws.lower[i].startsWith(el.stem);
    case 'any':
      return (!el.lower || ws.isLower[i]) && (!el.upper || !ws.isLower[i]);
    default:
      return false;
  }
}

/**
 * Matches elements[k..] from word i; `from` is the first word of the match, `loose` lets a comma stand
 * before word i (right after a gap). Returns the end word (exclusive) or -1.
 */
function matchAt(els: Element[], k: number, ws: WordStream, i: number, from: number, loose = false): number {
  if (k === els.length) return i;
  const el = els[k];
  const n = ws.lower.length;
  const joined = i < n && (i === from || ws.gap[i] <= (loose ? 1 : 0));
  if (el.kind === 'not') {
    if (joined && accepts(el.inner, ws, i)) return -1;
    return matchAt(els, k + 1, ws, i, from, loose);
  }
  if (el.kind === 'comma') return matchAt(els, k + 1, ws, i, from, true);
  if (el.kind === 'gap') {
    for (let j = i; j - i <= GAP_WORDS && j < n; j++) {
      if (j > i && ws.gap[j] > 1) break;
      const end = matchAt(els, k + 1, ws, j, from, true);
      if (end > from) return end;
    }
    return -1;
  }
  if (joined && accepts(el, ws, i)) {
    const end = matchAt(els, k + 1, ws, i + 1, from);
    if (end >= 0) return end;
  }
  return el.optional ? matchAt(els, k + 1, ws, i, from, loose) : -1;
}
