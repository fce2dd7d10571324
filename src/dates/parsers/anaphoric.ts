import { defineParser, result } from './base.js';

/** Tag prefix of a date given relative to the date before it: "anaphoric:month:+1". */
export const ANAPHORIC = 'dossier/anaphoric';

const UNIT: Record<string, string> = { day: 'day', month: 'month', year: 'year' };

/**
 * "later that month", "the following year", "the day before": dated by the last date the text
 * gave, not by the publication. The stage resolves them; here they only carry unit and shift.
 */
export const anaphoricParser = defineParser({
  name: 'anaphoric',
  pattern: /(?:(?:later|earlier)\s+(?:that|the same)\s+(day|month|year)|(?:that|the)\s+same\s+(day|month|year)|the\s+(following|next|previous|preceding)\s+(day|month|year)|the\s+day\s+(after|before))(?![\p{L}\p{N}])/iu,
  extract(match, context) {
    const [, unitA, unitB, direction, unitC, dayDirection] = match;
    const unit = UNIT[(unitA ?? unitB ?? unitC ?? 'day').toLowerCase()];
    const dir = (direction ?? dayDirection ?? '').toLowerCase();
    const shift = dir === 'following' || dir === 'next' || dir === 'after' ? 1 : dir ? -1 : 0;
    // chrono needs some component; the year 1 marks a placeholder the stage replaces
    return result(context, match, { year: 1 }, undefined, [`${ANAPHORIC}:${unit}:${shift}`]);
  },
});
