import { groupCandidate, type ReferenceParser } from '../parser.js';
import { NUMBER_WORD, REF_TOKEN } from '../token.js';

/** "No. 5710/09", "carrying the number 5710/09", "numbered KM/LEG/2016-044", "Nr. 14-07". */
export const numberedParser: ReferenceParser = {
  name: 'numbered',
  pattern: new RegExp(`(?<![\\p{L}\\d])${NUMBER_WORD}\\s*(${REF_TOKEN})`, 'gu'),
  extract(m) {
    const cue = m[0].slice(0, m[0].length - m[1].length).trim();
    // "the number 12" is a count as often as a reference; a bare short number needs "No." to count.
    if (/^[Nn]umber/.test(cue) && /^\d{1,2}$/.test(m[1])) return null;
    return groupCandidate(m, 1, 'numbered');
  },
  reason: 'a number word ("No.", "number", "numbered") announces the reference that follows',
};
