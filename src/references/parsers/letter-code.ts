import type { ReferenceParser } from '../parser.js';

/**
 * Codes of capital-letter and digit parts: "KM/LEG/2016-044", "ROT-2019/4471", "HW-HR-0923",
 * "DOC-1147", "PRJ/QA2207". At least three digits in all, so "COVID-19", "F-16" and "G-7" stay out;
 * a model designation ("F-104") needs a cue word ("Policy TP-104") to count.
 */
export const letterCodeParser: ReferenceParser = {
  name: 'letter-code',
  pattern: /(?<![\w/.-])\p{Lu}{1,8}(?:[-/]\p{Lu}{1,8})*(?:[-/]\p{Lu}{0,4}\d[\dA-Z]*)+(?:[-/.]\p{Lu}*\d[\dA-Z]*)*(?![\w/-])/gu,
  extract(m) {
    const digits = m[0].replace(/\D/g, '').length;
    if (digits < 3) return null;
    // "F-104", "EC-130": a short prefix and one short number name a model, not a record.
    if (/^\p{Lu}{1,3}-\d{1,3}\p{Lu}?$/u.test(m[0])) return null;
    return { start: m.index, end: m.index + m[0].length, kind: null, parser: 'letter-code' };
  },
  reason: 'a filing prefix in capitals joined to a serial number is a record code',
};
