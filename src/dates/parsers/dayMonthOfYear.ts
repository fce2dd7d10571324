import { MONTH_PATTERN, isValidDay, monthNumber } from '../calendar.js';
import { defineParser, result } from './base.js';

/** "17 May of 2011", "the 3rd of June, of 2015": chrono stops before "of 2011" and loses the year. */
export const dayMonthOfYearParser = defineParser({
  name: 'dayMonthOfYear',
  pattern: new RegExp(
    `(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_PATTERN}),?\\s+of\\s+(\\d{4})(?![\\p{L}\\p{N}])`,
    'iu',
  ),
  extract(match, context) {
    const [, dayText, monthName, yearText] = match;
    const [day, month, year] = [Number(dayText), monthNumber(monthName), Number(yearText)];
    if (!month || !isValidDay(year, month, day)) return null;
    return result(context, match, { year, month, day });
  },
});
