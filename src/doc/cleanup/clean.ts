import { TextView, ViewBuilder } from '../view.js';
import { CLEANUP_RULES, type CleanupRule } from './rules.js';

interface Edit {
  start: number;
  end: number;
  out: string;
}

/**
 * Applies the clean-up rules to `text` and returns the view with its offset map.
 * Character rules run first; layout rules then read their output, so "t\r\no" and
 * "infor\u00AD-\nmation" are joined like "t\no" and "infor-\nmation".
 */
export function cleanText(text: string, rules: CleanupRule[] = CLEANUP_RULES): TextView {
  const characters = applyRules(text, rules.filter((r) => r.stage === 'characters'));
  const layoutRules = rules.filter((r) => r.stage === 'layout');
  if (layoutRules.length === 0) return characters;
  return characters.compose(applyRules(characters.text, layoutRules));
}

/** One pass: every rule matches the same input; where edits overlap, the one that starts first wins. */
function applyRules(text: string, rules: CleanupRule[]): TextView {
  const edits: Edit[] = [];
  for (const rule of rules) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
      const start = Math.max(0, m.index - (rule.lookBack ?? 0));
      const end = m.index + m[0].length;
      const covered = text.slice(start, end);
      const out = rule.replace(covered, m, text);
      if (out !== covered) edits.push({ start, end, out });
      if (m[0].length === 0) rule.pattern.lastIndex++;
    }
  }
  if (edits.length === 0) return TextView.identity(text);
  edits.sort((a, b) => a.start - b.start || b.end - a.end);
  const view = new ViewBuilder(text.length + 16);
  let at = 0;
  for (const e of edits) {
    if (e.start < at) continue;
    if (e.start > at) view.copy(text.slice(at, e.start), at);
    view.replace(e.out, e.start, e.end - e.start);
    at = e.end;
  }
  if (at < text.length) view.copy(text.slice(at), at);
  return view.finish(text.length);
}
