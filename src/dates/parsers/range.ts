import { MONTH_PATTERN, monthNumber } from '../calendar.js';
import { defineParser, fullYear, result } from './base.js';

/** "between September 2021 and the end of April 2022": the month stays the bound. */
export const PART = '(?:(?:the\\s+)?(?:end|beginning|start|middle)\\s+of\\s+|(?:early|mid|late)[\\s-]+)?';
export const JOIN = '\\s*(-|\u2013|and|to|until|till|through)\\s*';

/** "and" makes a range only after "between": "in January and June 2015" names two months. */
function isRange(opener: string | undefined, join: string): boolean {
  return join.toLowerCase() !== 'and' || opener?.toLowerCase() === 'between';
}

/** "between February and July 2016", "from May to July 2014", "January-March 2016". */
export const monthRangeParser = defineParser({
  name: 'monthRange',
  pattern: new RegExp(
    `(?:(between|from)\\s+)?${PART}(${MONTH_PATTERN})(?:,?\\s+(\\d{4}))?${JOIN}${PART}(${MONTH_PATTERN}),?\\s+(\\d{4})(?![\\p{L}\\p{N}])`,
    'iu',
  ),
  extract(match, context) {
    const [, opener, m1, y1, join, m2, y2] = match;
    const [first, last] = [monthNumber(m1), monthNumber(m2)];
    if (!first || !last || !isRange(opener, join)) return null;
    const endYear = Number(y2);
    const startYear = y1 ? Number(y1) : endYear;
    if (startYear * 12 + first >= endYear * 12 + last) return null;
    return result(context, match, { year: startYear, month: first }, { year: endYear, month: last });
  },
});

/** "between 2013 and 2015", "from 2006 to 2010", "2014-2016", "2014–16". */
export const yearRangeParser = defineParser({
  name: 'yearRange',
  pattern: new RegExp(`(?:(between|from)\\s+)?((?:19|20)\\d\\d)${JOIN}((?:19|20)\\d\\d|\\d\\d)(?![\\p{L}\\p{N}/-])`, 'iu'),
  extract(match, context) {
    const [, opener, y1, join, y2] = match;
    if (!isRange(opener, join)) return null;
    if (/[/-]$/.test(context.text.slice(0, match.index))) return null; // inside a reference such as "KM/2014-2016"
    const first = Number(y1);
    const last = y2.length === 2 ? Math.floor(first / 100) * 100 + Number(y2) : fullYear(y2);
    if (last <= first || last - first > 60) return null;
    return result(context, match, { year: first }, { year: last });
  },
});

/**
 * "since 2006 to today", "from March 2010 until now": the start is the date the text gives;
 * the open end is the time of writing, which the value does not invent.
 */
export const openRangeParser = defineParser({
  name: 'openRange',
  pattern: new RegExp(
    `(?:since|from)\\s+(?:(${MONTH_PATTERN})\\s+)?(\\d{4})\\s+(?:to|until|till|up to)\\s+(?:today|now|date|this day|the present(?:\\s+day)?)(?![\\p{L}\\p{N}])`,
    'iu',
  ),
  extract(match, context) {
    const [, monthName, yearText] = match;
    const month = monthName ? monthNumber(monthName) : undefined;
    if (monthName && !month) return null;
    const year = Number(yearText);
    return result(context, match, month ? { year, month } : { year });
  },
});
