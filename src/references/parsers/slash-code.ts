import type { ReferenceParser } from '../parser.js';

/** A number over a dotted or capital registry code: "4127 / R.T.D", "593/R.T.D", "12/DGST". */
export const slashCodeParser: ReferenceParser = {
  name: 'slash-code',
  pattern: /(?<![\w./])\d{1,6}\s?\/\s?(?:\p{Lu}\.){1,5}\p{Lu}(?![\p{L}\d])|(?<![\w./])\d{1,6}\s?\/\s?\p{Lu}{2,6}(?![\p{L}\d])/gu,
  extract(m) {
    return { start: m.index, end: m.index + m[0].length, kind: null, parser: 'slash-code' };
  },
  reason: 'a number filed under a registry code in capitals is a registration, even without a cue word',
};
