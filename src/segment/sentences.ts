import { abbreviationKind, SENTENCE_OPENERS } from './abbreviations.js';

export interface Range {
  start: number;
  end: number;
}

/** A line that opens a list item or an interview turn: "1. ", "a) ", "- ", "* ", "*How ...", "-From ...", "Q: ". */
const LINE_OPENER = /^[ \t]*(?:\d{1,3}[.)][ \t]|\(?[a-z]\)[ \t]|[-*\u2022\u25CF\u25AA][ \t]*\S|(?:Q|A|Question|Answer)[:.-][ \t])/u;

/**
 * Splits the clean view into sentences, in one pass over the text. Returns view offsets,
 * trimmed of white space. A period ends a sentence unless it closes an abbreviation, an
 * initial or a list number; a line break ends one unless the text is hard-wrapped mid-sentence.
 */
export function splitSentences(text: string): Range[] {
  const wrap = wrapWidth(text);
  const cuts: number[] = [];
  const end = /[.!?]+["')\]]*(?=\s)|\n/g;
  let lineStart = 0;
  for (let m = end.exec(text); m; m = end.exec(text)) {
    const after = m.index + m[0].length;
    if (m[0] === '\n') {
      if (lineBreakEnds(text, lineStart, m.index, wrap)) cuts.push(after);
      lineStart = after;
    } else if (markEnds(text, lineStart, m.index, after)) cuts.push(after);
  }
  return rangesBetween(text, cuts);
}

function markEnds(text: string, lineStart: number, at: number, after: number): boolean {
  const next = nextWord(text, after);
  if (next.word === '') return true; // end of text
  if (/^\p{Ll}/u.test(next.word)) return false; // "Stop!" he said; "e.g. the"
  if (text[at] !== '.') return true;
  if (at - lineStart <= 4 && /^[ \t]*(?:\d{1,3}|[a-zA-Z])$/.test(text.slice(lineStart, at))) return false; // list number "1."
  const before = /[\p{L}.]*$/u.exec(text.slice(Math.max(lineStart, at - 20), at))?.[0].replace(/^\.+/, '') ?? '';
  const kind = before ? abbreviationKind(before) : null;
  if (kind === 'never') return false;
  if (kind === 'may') return next.newline || SENTENCE_OPENERS.has(next.word.toLowerCase());
  return true;
}

/** The word after `from` (letters and digits, or one other character), and whether a line break comes first. */
function nextWord(text: string, from: number): { word: string; newline: boolean } {
  let i = from;
  let newline = false;
  while (i < text.length && /\s/.test(text[i])) {
    if (text[i] === '\n') newline = true;
    i++;
  }
  let j = i;
  while (j < text.length && j - i < 30 && /[\p{L}\p{N}'-]/u.test(text[j])) j++;
  return { word: text.slice(i, Math.max(j, Math.min(i + 1, text.length))), newline };
}

/**
 * The line width of hard-wrapped text (most lines of about one length), or 0 when
 * lines are paragraphs of their own and every line break ends a sentence.
 */
export function wrapWidth(text: string): number {
  const lengths: number[] = [];
  let from = 0;
  for (let nl = text.indexOf('\n'); from <= text.length; nl = text.indexOf('\n', from)) {
    const to = nl < 0 ? text.length : nl;
    let n = to - from;
    while (n > 0 && /\s/.test(text[from + n - 1])) n--;
    if (n > 0) lengths.push(n);
    if (nl < 0) break;
    from = nl + 1;
  }
  if (lengths.length < 4) return 0;
  const sorted = [...lengths].sort((a, b) => a - b);
  const p90 = sorted[Math.floor(sorted.length * 0.9)];
  if (p90 > 120 || p90 < 30) return 0;
  const near = lengths.filter((n) => n >= p90 * 0.75).length;
  return near / lengths.length >= 0.5 ? p90 : 0;
}

function lineBreakEnds(text: string, lineStart: number, at: number, wrap: number): boolean {
  const line = text.slice(lineStart, at).trimEnd();
  const nextEnd = text.indexOf('\n', at + 1);
  const next = text.slice(at + 1, nextEnd < 0 ? undefined : nextEnd);
  if (line.trim() === '' || next.trim() === '') return true; // blank line: a paragraph break
  if (LINE_OPENER.test(next)) return true;
  if (/[.!?:;"')\]]$/.test(line)) return !endsWithTitle(line);
  if (wrap === 0) return true; // each line is a paragraph of its own
  return line.length < wrap * 0.75; // a short line in wrapped text ends its paragraph
}

/** "... met Dr.\nSmith": a title at a wrapped line's end does not close the sentence. */
function endsWithTitle(line: string): boolean {
  if (!line.endsWith('.')) return false;
  let i = line.length - 1;
  while (i > 0 && line.length - i < 20 && /[\p{L}.]/u.test(line[i - 1])) i--;
  const word = line.slice(i, line.length - 1).replace(/^\.+/, '');
  return word !== '' && abbreviationKind(word) === 'never';
}

function rangesBetween(text: string, cuts: number[]): Range[] {
  const out: Range[] = [];
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    const r = trim(text, from, cut);
    if (r.end > r.start) out.push(r);
    from = cut;
  }
  return out;
}

function trim(text: string, start: number, end: number): Range {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** Paragraphs: runs of text between line breaks that end a sentence. */
export function splitParagraphs(text: string): Range[] {
  const wrap = wrapWidth(text);
  const cuts: number[] = [];
  let lineStart = 0;
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
    if (lineBreakEnds(text, lineStart, nl, wrap)) cuts.push(nl + 1);
    lineStart = nl + 1;
  }
  return rangesBetween(text, cuts);
}
