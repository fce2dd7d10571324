import { classifyQuoted, type Attribution } from './classify.js';
import { findQuoted, findSingleQuoted } from './marks.js';
import { findSpeaker, type SpeakerSpan } from './speaker.js';

/** A quotation found in the clean view (view offsets), with who speaks it when the text says. */
export interface FoundQuote {
  start: number;
  end: number;
  speaker: SpeakerSpan | null;
  reason: string;
}

/** How far around a quotation (clean-view characters, same line) the speaker is looked for. */
const REACH = 250;

/** Finds quoted speech in the clean view; `originalMark(i)` is the mark as written at view offset i. */
export function findQuotes(view: string, originalMark: (i: number) => string): FoundQuote[] {
  const out: FoundQuote[] = [];
  let last: { close: number; speaker: SpeakerSpan } | null = null;
  const quoted = [...findQuoted(view, originalMark), ...findSingleQuoted(view, originalMark)].sort((a, b) => a.open - b.open);
  for (const q of quoted) {
    const lineStart = view.lastIndexOf('\n', q.open - 1) + 1;
    const beforeFrom = Math.max(lineStart, q.open - REACH);
    let before = { text: view.slice(beforeFrom, q.open), offset: beforeFrom };
    if (before.text.trim() === '' && lineStart > 0) before = previousLine(view, lineStart);
    const lineEnd = view.indexOf('\n', q.close + 1);
    const afterTo = Math.min(lineEnd < 0 ? view.length : lineEnd, q.close + 1 + REACH);
    let after = { text: view.slice(q.close + 1, afterTo), offset: q.close + 1 };
    // A quotation that ends its sentence is not attributed by the capitalised sentence after it.
    if (/[.!?]$/.test(view.slice(q.start, q.end)) && /^\s*\p{Lu}/u.test(after.text)) after = { text: '', offset: after.offset };
    const speaker: SpeakerSpan | null = findSpeaker(before, after) ?? continued(view, last, q.open);
    if (speaker) last = { close: q.close, speaker };
    const verdict = classifyQuoted(view.slice(q.start, q.end), view.slice(Math.max(0, q.open - 40), q.open), attribution(speaker));
    if (verdict.speech) out.push({ start: q.start, end: q.end, speaker, reason: verdict.reason });
  }
  return out;
}

/** Rules that find a speaker for a phrase quoted inside a longer sentence, not beside the quotation. */
const REPORTED = new Set(['reported-clause', 'relative-speaker', 'passive-by']);

function attribution(speaker: SpeakerSpan | null): Attribution {
  if (!speaker) return null;
  return REPORTED.has(speaker.rule) ? 'reported' : 'direct';
}

/** How far (clean-view characters, same line) a quotation may follow the last attributed one and share its speaker. */
const CONTINUATION = 160;

/** '"A," said X. "B."': a quotation right after an attributed one, with no speaker of its own, continues it. */
function continued(view: string, last: { close: number; speaker: SpeakerSpan } | null, open: number): SpeakerSpan | null {
  if (!last || open - last.close > CONTINUATION || view.slice(last.close, open).includes('\n')) return null;
  return { ...last.speaker, rule: 'continued' };
}

/** The line before a quotation that opens its own line, when it ends with a colon ("X told the paper:"). */
function previousLine(view: string, lineStart: number): { text: string; offset: number } {
  let end = lineStart - 1;
  while (end > 0 && /\s/.test(view[end - 1])) end--;
  const start = view.lastIndexOf('\n', end - 1) + 1;
  const text = view.slice(start, end);
  return text.endsWith(':') ? { text, offset: start } : { text: '', offset: start };
}
