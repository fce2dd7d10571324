import type { Candidate } from '../parser.js';

/** Keeps one candidate per stretch of text: the longest, and a known kind over an unknown one. */
export function dropOverlaps(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Candidate[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (!last || c.start >= last.end) {
      out.push(c);
      continue;
    }
    const longer = c.end - c.start > last.end - last.start;
    const winner = longer ? c : last;
    const kind = winner.kind ?? (longer ? last.kind : c.kind);
    out[out.length - 1] = { ...winner, kind };
  }
  return out;
}
