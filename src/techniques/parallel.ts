import type { Doc } from '../doc/document.js';
import type { Technique } from '../dossier/contract.js';
import { sentenceRanges, type WordStream } from './words.js';

/** A chanted line is short: at most this many words in all, and this many in each part. */
const MAX_LINE = 9;
const MAX_PART = 3;
const MIN_PARTS = 3;

/**
 * A short sentence made only of comma-separated parts that open with the same word: "One people,
 * one nation, one future." Reported prose lists vary their openings; a chant repeats its own.
 */
export function parallelLines(doc: Doc, ws: WordStream): Technique[] {
  const out: Technique[] = [];
  for (const [s, e] of sentenceRanges(ws)) {
    if (e - s > MAX_LINE || !isParallel(ws, s, e)) continue;
    const span = doc.span(ws.start[s], ws.end[e - 1]);
    out.push({ label: 'Slogans', ...span, confidence: 0.55, explanation: `"${span.text}": a short line of parallel parts, chanted rather than argued` });
  }
  return out;
}

function isParallel(ws: WordStream, s: number, e: number): boolean {
  const starts = [s];
  for (let k = s + 1; k < e; k++) {
    if (ws.gap[k] > 1) return false;
    if (ws.gap[k] === 1) starts.push(k);
  }
  if (starts.length < MIN_PARTS) return false;
  const head = ws.lower[starts[0]];
  if (!/^\p{L}+$/u.test(head)) return false;
  for (let p = 0; p < starts.length; p++) {
    const partEnd = p + 1 < starts.length ? starts[p + 1] : e;
    if (ws.lower[starts[p]] !== head || partEnd - starts[p] > MAX_PART || partEnd - starts[p] < 2) return false;
  }
  return true;
}
