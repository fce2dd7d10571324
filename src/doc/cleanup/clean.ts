import { TextView, ViewBuilder } from '../view.js';
import { CLEANUP_RULES, type CleanupRule } from './rules.js';

interface Edit {
  start: number;
  end: number;
  out: string;
}

/** Applies every clean-up rule to `text` and returns the view with its offset map. */
export function cleanText(text: string, rules: CleanupRule[] = CLEANUP_RULES): TextView {
  const edits: Edit[] = [];
  for (const rule of rules) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
      const out = rule.replace(m);
      if (out !== m[0]) edits.push({ start: m.index, end: m.index + m[0].length, out });
      if (m[0].length === 0) rule.pattern.lastIndex++;
    }
  }
  if (edits.length === 0) return TextView.identity(text);
  edits.sort((a, b) => a.start - b.start || b.end - a.end);
  const view = new ViewBuilder();
  let at = 0;
  for (const e of edits) {
    if (e.start < at) continue; // overlapping edit: the earlier rule wins
    if (e.start > at) view.push(text.slice(at, e.start), at, true);
    view.push(e.out, e.start, e.out.length === e.end - e.start);
    at = e.end;
  }
  if (at < text.length) view.push(text.slice(at), at, true);
  return view.finish(text.length);
}
