import { defineParser, result } from './base.js';

/** Halves and quarters name exact runs of months. */
const PARTS: Record<string, [number, number]> = {
  'first half': [1, 6],
  'second half': [7, 12],
  'first quarter': [1, 3],
  'second quarter': [4, 6],
  'third quarter': [7, 9],
  'fourth quarter': [10, 12],
  'last quarter': [10, 12],
  q1: [1, 3],
  q2: [4, 6],
  q3: [7, 9],
  q4: [10, 12],
  h1: [1, 6],
  h2: [7, 12],
};

/** "the second half of 2021", "the first quarter of 2026", "Q3 2019": an interval of months. */
export const partOfYearParser = defineParser({
  name: 'partOfYear',
  pattern: /(?:(?:the\s+)?(first half|second half|first quarter|second quarter|third quarter|fourth quarter|last quarter)\s+of\s+|(Q[1-4]|H[12])\s+)(\d{4})(?![\p{L}\p{N}])/iu,
  extract(match, context) {
    const [, phrase, code, yearText] = match;
    const months = PARTS[(phrase ?? code).toLowerCase().replace(/\s+/g, ' ')];
    if (!months) return null;
    const year = Number(yearText);
    return result(context, match, { year, month: months[0] }, { year, month: months[1] });
  },
});
