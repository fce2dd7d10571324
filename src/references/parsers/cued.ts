import { groupCandidate, type ReferenceParser } from '../parser.js';
import { REF_TOKEN } from '../token.js';

/** Words that name a numbered thing and are followed directly by its number. */
const CUE = [
  'ref(?:erence)?\\.?',
  'case',
  'docket',
  'file',
  'resolution',
  'decree',
  'directive',
  'regulation',
  'ordinance',
  'circular',
  'memo(?:randum)?',
  'dossier',
  'exhibit',
  'serial',
  'registration',
  'code',
  'policy',
  'standard',
  'procedure',
  'protocol',
  'annex',
  'form',
]
  .flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()])
  .join('|');

/** "ref HW-HR-0923", "case 2:19-cr-00412", "Resolution 2254", "Regulation (EU) 2019/796". */
export const cuedParser: ReferenceParser = {
  name: 'cued',
  pattern: new RegExp(`(?<![\\p{L}\\d])(?:${CUE})(?:\\s*:|\\s+(?:is|was|reads)|\\s*\\([A-Z]{2,5}\\))?\\s+(${REF_TOKEN})`, 'gu'), // case-sensitive: the token's capital series must be capitals
  extract(m, text) {
    const value = m[1];
    // "in case H5N1 spreads" is the conjunction; "in case E.2020/517" and "in case 2021GoHap2214" are cases.
    const inCase = /^case/i.test(m[0]) && /\bin\s+$/i.test(text.slice(Math.max(0, m.index - 5), m.index));
    if (inCase && !/[./:-]|\d{4}/.test(value)) return null;
    // "in case 12 people", "resolution 2015": a short or year-like bare number is not a reference.
    if (/^\d+$/.test(value) && (value.length < 3 || /^(?:1[89]|20)\d\d$/.test(value))) return null;
    return groupCandidate(m, 1, 'cued');
  },
  reason: 'a word naming a numbered record ("case", "file", "ref", "Resolution") directly before a number',
};
