import { isAbbreviation } from './abbreviations.js';

export interface Range {
  start: number;
  end: number;
}

const LIST_ITEM = /^\s*(?:\d{1,3}[.)]|[-*\u2022\u25CF]|\(?[a-z]\))\s/u;

/**
 * Splits the clean view into sentences. Returns view offsets, trimmed of white space.
 * A period ends a sentence unless it closes an abbreviation or initial; a line break
 * ends one unless the text is hard-wrapped mid-sentence.
 */
export function splitSentences(text: string): Range[] {
  const wrap = wrapWidth(text);
  const cuts: number[] = [];
  const end = /[.!?]+["')\]]*(?=\s)|\n/g;
  for (let m = end.exec(text); m; m = end.exec(text)) {
    const at = m.index + m[0].length;
    if (m[0] === '\n' ? lineBreakEnds(text, m.index, wrap) : periodEnds(text, m.index, at)) cuts.push(at);
  }
  const out: Range[] = [];
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    const r = trim(text, from, cut);
    if (r.end > r.start) out.push(r);
    from = cut;
  }
  return out;
}

function periodEnds(text: string, at: number, after: number): boolean {
  if (text[at] !== '.') return true;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (/^\s*(?:\d{1,3}|[a-zA-Z])$/.test(text.slice(lineStart, at))) return false; // list marker "1."
  const before = /[\p{L}.]*$/u.exec(text.slice(Math.max(0, at - 20), at))?.[0] ?? '';
  const next = text.slice(after).match(/^\s*(\S)/)?.[1] ?? '';
  if (before && isAbbreviation(before.replace(/^\.+/, ''))) {
    // "Ltd." or "etc." can still end a sentence when a capitalised sentence follows a line break.
    return /^\s*\n/.test(text.slice(after)) && !/\d/.test(next);
  }
  if (/\d$/.test(text.slice(0, at)) && /\d/.test(text[at + 1] ?? '')) return false; // 4.2
  return next === '' || !/\p{Ll}/u.test(next);
}

/**
 * The line width of hard-wrapped text (most lines of about one length), or 0 when
 * lines are paragraphs of their own and every line break ends a sentence.
 */
export function wrapWidth(text: string): number {
  const lengths = text.split('\n').map((l) => l.trimEnd().length).filter((n) => n > 0);
  if (lengths.length < 4) return 0;
  const sorted = [...lengths].sort((a, b) => a - b);
  const p90 = sorted[Math.floor(sorted.length * 0.9)];
  if (p90 > 120 || p90 < 30) return 0;
  const near = lengths.filter((n) => n >= p90 * 0.75).length;
  return near / lengths.length >= 0.5 ? p90 : 0;
}

function lineBreakEnds(text: string, at: number, wrap: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const line = text.slice(lineStart, at).trimEnd();
  const nextEnd = text.indexOf('\n', at + 1);
  const next = text.slice(at + 1, nextEnd < 0 ? undefined : nextEnd);
  if (line === '' || next.trim() === '') return true; // blank line: a paragraph break
  if (LIST_ITEM.test(next)) return true;
  if (/[.!?:;"')\]]$/.test(line)) return true;
  if (wrap === 0) return true; // each line is a paragraph of its own
  return line.length < wrap * 0.75; // a short line in wrapped text ends its paragraph
}

function trim(text: string, start: number, end: number): Range {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** Paragraphs: runs of text between line breaks that end a sentence. */
export function splitParagraphs(text: string): Range[] {
  const wrap = wrapWidth(text);
  const out: Range[] = [];
  let from = 0;
  const nl = /\n/g;
  for (let m = nl.exec(text); m; m = nl.exec(text)) {
    if (!lineBreakEnds(text, m.index, wrap)) continue;
    const r = trim(text, from, m.index);
    if (r.end > r.start) out.push(r);
    from = m.index + 1;
  }
  const r = trim(text, from, text.length);
  if (r.end > r.start) out.push(r);
  return out;
}
