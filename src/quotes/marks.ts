/** A quoted stretch of the clean view: the marks at `open` and `close`, the words between. */
export interface Quoted {
  open: number;
  close: number;
  /** The words between the marks, trimmed of space. */
  start: number;
  end: number;
}

type Role = 'open' | 'close' | 'either';

const OPENERS = new Set(['\u201C', '\u201E', '\u00AB', '\u2039', '\u301D']);
const CLOSERS = new Set(['\u201D', '\u00BB', '\u203A', '\u301E']);

/** Longest stretch a quotation may cover; an unclosed mark is dropped rather than swallowing the text. */
const MAX_LENGTH = 2000;

/**
 * Pairs the double quotation marks of the clean view (where curly quotes and guillemets are
 * straight). `originalMark(i)` gives the mark as written, so a curly opener can resynchronise
 * the pairing after a missing closer.
 */
export function findQuoted(view: string, originalMark: (i: number) => string): Quoted[] {
  const out: Quoted[] = [];
  let open = -1;
  for (let i = view.indexOf('"'); i >= 0; i = view.indexOf('"', i + 1)) {
    const mark = originalMark(i);
    // German and Polish quote „so“: after „ the \u201C closes.
    const role = open >= 0 && originalMark(open) === '\u201E' && mark === '\u201C' ? 'close' : roleOf(view, i, mark);
    if (open >= 0 && i - open > MAX_LENGTH) open = -1;
    if (open < 0) {
      if (role !== 'close') open = i;
      continue;
    }
    if (role === 'open') {
      // A new quotation opens before the last closed: a quote running over paragraphs keeps its first part.
      const paragraphEnd = view.indexOf('\n', open);
      if (paragraphEnd > open && paragraphEnd < i) push(out, view, open, paragraphEnd);
      open = i;
      continue;
    }
    push(out, view, open, i);
    open = -1;
  }
  return out;
}

/**
 * Pairs curly single quotation marks (\u2018 ... \u2019), the British style of quoting speech.
 * A \u2019 followed by a letter is an apostrophe ("agent\u2019s"), not a closing mark.
 */
export function findSingleQuoted(view: string, originalMark: (i: number) => string): Quoted[] {
  const out: Quoted[] = [];
  for (let i = view.indexOf("'"); i >= 0; i = view.indexOf("'", i + 1)) {
    if (originalMark(i) !== '\u2018') continue;
    for (let j = view.indexOf("'", i + 1); j >= 0 && j - i <= MAX_LENGTH; j = view.indexOf("'", j + 1)) {
      const mark = originalMark(j);
      if (mark === '\u2018' || view.slice(i, j).includes('\n\n')) break;
      if (mark === '\u2019' && !/[\p{L}\p{N}]/u.test(view[j + 1] ?? '')) {
        push(out, view, i, j);
        i = j;
        break;
      }
    }
  }
  return out;
}

function roleOf(view: string, i: number, mark: string): Role {
  const before = view[i - 1] ?? ' ';
  const after = view[i + 1] ?? ' ';
  if (OPENERS.has(mark)) return 'open';
  // Swedish and Finnish quote \u201Dlike this\u201D: a closing shape at a word's start opens.
  if (CLOSERS.has(mark)) return /[\s(]/.test(before) && /[\p{L}\p{N}]/u.test(after) ? 'open' : 'close';
  if (/[\s([{-]/.test(before) && !/\s/.test(after)) return 'open';
  if (!/\s/.test(before) && /[\s.,;:!?)\]-]/.test(after)) return 'close';
  return 'either';
}

function push(out: Quoted[], view: string, open: number, close: number): void {
  let start = open + 1;
  let end = close;
  while (start < end && /\s/.test(view[start])) start++;
  while (end > start && /[\s,]/.test(view[end - 1])) end--; // a comma before the closing mark belongs to the sentence around
  if (end > start) out.push({ open, close, start, end });
}
