import { MONTH_PATTERN, monthNumber } from '../calendar.js';
import { APPROXIMATE, RELATIVE, defineParser, result } from './base.js';

/**
 * Parts of a month or year: "the end of October 2012", "the beginning of 2014", "early 2014",
 * "mid-2016", "late May 2015". The value is the whole period the text names, marked approximate:
 * the text does not say which days.
 */
const PART = '(?:end|beginning|start|middle|close|turn|first half|second half|first days|last days|first week|last week)';

export const partOfPeriodParser = defineParser({
  name: 'partOfPeriod',
  pattern: new RegExp(
    `(?:the\\s+)?(?:very\\s+)?${PART}\\s+of\\s+(?:(${MONTH_PATTERN})(?:,?\\s+(?:of\\s+)?(\\d{4}))?|(\\d{4}))(?![\\p{L}\\p{N}])`,
    'iu',
  ),
  extract(match, context) {
    const [, monthName, yearWithMonth, yearAlone] = match;
    return period(context, match, monthName, yearWithMonth ?? yearAlone);
  },
});

export const earlyMidLateParser = defineParser({
  name: 'earlyMidLate',
  pattern: new RegExp(
    `(?:early|mid|late)(?:\\s+|-|\\s*-\\s*)(?:(${MONTH_PATTERN})(?:,?\\s+(?:of\\s+)?(\\d{4}))?|(\\d{4}))(?![\\p{L}\\p{N}])`,
    'iu',
  ),
  extract(match, context) {
    const [, monthName, yearWithMonth, yearAlone] = match;
    return period(context, match, monthName, yearWithMonth ?? yearAlone);
  },
});

function period(
  context: Parameters<typeof result>[0],
  match: RegExpMatchArray,
  monthName: string | undefined,
  yearText: string | undefined,
) {
  const month = monthName ? monthNumber(monthName) : undefined;
  if (monthName && !month) return null;
  if (!yearText && !month) return null;
  const year = yearText ? Number(yearText) : context.refDate.getUTCFullYear();
  const tags = yearText ? [APPROXIMATE] : [APPROXIMATE, RELATIVE];
  return result(context, match, month ? { year, month } : { year }, undefined, tags);
}
