import { MONTH_PATTERN, monthNumber } from '../calendar.js';
import { RELATIVE, defineParser, result } from './base.js';

const SHIFT: Record<string, number> = { last: -1, previous: -1, this: 0, next: 1 };

/** "March last year", "in June this year": a month of a year named relative to publication. */
export const monthOfRelativeYearParser = defineParser({
  name: 'monthOfRelativeYear',
  pattern: new RegExp(`(${MONTH_PATTERN})\\s+(?:of\\s+)?(last|previous|this|next)\\s+year(?![\\p{L}\\p{N}])`, 'iu'),
  extract(match, context) {
    const month = monthNumber(match[1]);
    if (!month) return null;
    const year = context.refDate.getUTCFullYear() + SHIFT[match[2].toLowerCase()];
    return result(context, match, { year, month }, undefined, [RELATIVE]);
  },
});
