import type { ReferenceParser } from '../parser.js';

/**
 * IMO ship numbers, which stay with a hull through every change of name and flag: "IMO 9321483",
 * "IMO9321483", "IMO No. 9321483". The seventh digit checks the other six (weights 7 down to 2), so
 * a mistyped or invented number is left out.
 */
export const shipNumberParser: ReferenceParser = {
  name: 'ship-number',
  pattern: /(?<![\w-])IMO(?:\s*(?:[Nn]o\.?|[Nn]umber|#|:))?\s*(\d{7})(?!\w)/g,
  extract(m) {
    if (!imoCheckDigitHolds(m[1])) return null;
    return { start: m.index, end: m.index + m[0].length, kind: 'code', parser: 'ship-number', normalized: `IMO${m[1]}` };
  },
  reason: 'the International Maritime Organization number of a ship, with its check digit',
};

export function imoCheckDigitHolds(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += Number(digits[i]) * (7 - i);
  return sum % 10 === Number(digits[6]);
}
