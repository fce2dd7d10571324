import { MONTH_PATTERN, isValidDay, monthNumber } from '../calendar.js';
import { RELATIVE, defineParser, result } from './base.js';

const ORD = '(?:st|nd|rd|th)?';
const JOIN = '\\s*(?:/|-|\u2013|to|and|&)\\s*';

/**
 * Two days of one month: "21/22 May of 2012", "the night of 7/8 July 2016", "21-22 May 2012".
 * Chrono reads "21/22" as a slash date or drops the first day; this keeps both as an interval.
 */
export const dayRangeParser = defineParser({
  name: 'dayRange',
  pattern: new RegExp(
    `(\\d{1,2})${ORD}${JOIN}(\\d{1,2})${ORD}\\s+(?:of\\s+)?(${MONTH_PATTERN})(?:,?\\s+(?:of\\s+)?(\\d{4}))?(?![\\p{L}\\p{N}])`,
    'iu',
  ),
  extract(match, context) {
    const [, d1, d2, monthName, yearText] = match;
    return build(context, match, Number(d1), Number(d2), monthNumber(monthName), yearText);
  },
});

/** The same with the month first: "May 14-15, 2011", "June 3 to 4". */
export const monthDayRangeParser = defineParser({
  name: 'monthDayRange',
  pattern: new RegExp(
    `(${MONTH_PATTERN})\\s+(\\d{1,2})${ORD}${JOIN}(\\d{1,2})${ORD}(?:,?\\s+(\\d{4}))?(?![\\p{L}\\p{N}/])`,
    'iu',
  ),
  extract(match, context) {
    const [, monthName, d1, d2, yearText] = match;
    return build(context, match, Number(d1), Number(d2), monthNumber(monthName), yearText);
  },
});

function build(
  context: Parameters<typeof result>[0],
  match: RegExpMatchArray,
  first: number,
  last: number,
  month: number | undefined,
  yearText: string | undefined,
) {
  if (!month || first >= last) return null;
  const year = yearText ? Number(yearText) : context.refDate.getUTCFullYear();
  if (!isValidDay(year, month, first) || !isValidDay(year, month, last)) return null;
  const tags = yearText ? [] : [RELATIVE];
  return result(context, match, { year, month, day: first }, { year, month, day: last }, tags);
}
