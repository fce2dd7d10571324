/**
 * Clean-up rules as data. Each rewrites what it matches in the analysis view only;
 * the original text is never changed, and offsets map back through the view.
 */
export interface CleanupRule {
  name: string;
  pattern: RegExp; // must be global
  replace: (match: RegExpExecArray) => string;
  reason: string;
}

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

/** Short words that can legitimately end or start a line; a lone fragment that is not one is a broken word. */
const SHORT_WORDS = new Set(
  'a i an as at be by do go he if in is it me my no of on or so to up us we am an ok oh'.split(' '),
);

export const CLEANUP_RULES: CleanupRule[] = [
  {
    name: 'nfc',
    pattern: /\P{M}\p{M}+/gu,
    replace: (m) => m[0].normalize('NFC'),
    reason: 'decomposed accents ("e" + combining acute) are composed so names compare equal',
  },
  {
    name: 'double-quotes',
    pattern: /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2039\u203A\u301D\u301E\uFF02]/g,
    replace: () => '"',
    reason: 'curly quotes and guillemets mark quotations and names exactly as straight quotes do',
  },
  {
    name: 'single-quotes',
    pattern: /[\u2018\u2019\u201A\u201B\u2032\u02BC]/g,
    replace: () => "'",
    reason: 'typographic apostrophes are apostrophes ("agent\u2019s")',
  },
  {
    name: 'dashes',
    pattern: /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g,
    replace: () => '-',
    reason: 'hyphen and dash variants split compound names and ranges the same way',
  },
  {
    name: 'spaces',
    pattern: /[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g,
    replace: () => ' ',
    reason: 'non-breaking and typographic spaces separate words like a space',
  },
  {
    name: 'invisible',
    pattern: /[\u200B-\u200D\u2060\uFEFF\u00AD\r]/g,
    replace: () => '',
    reason: 'zero-width characters, soft hyphens and carriage returns carry no word content',
  },
  {
    name: 'hyphenated-line-break',
    pattern: /(?<=\p{Ll})-\n(?=\p{Ll})/gu,
    replace: () => '',
    reason: 'a word hyphenated at the end of a line ("infor-\\nmation") is one word',
  },
  {
    name: 'broken-word',
    pattern: /(?<=(?:^|[^\p{L}])(\p{L}+))\n(?=(\p{L}+))/gu,
    replace: (m) => (isBrokenWord(m[1], m[2]) ? '' : m[0]),
    reason: 'a line break inside a word ("t\\no") joins its halves when a half is not a word on its own',
  },
  {
    name: 'month-comma-day',
    pattern: new RegExp(`(?<=\\b${MONTH}),(?=\\d{1,2}\\b)`, 'g'),
    replace: () => ' ',
    reason: 'a comma glued between month and day ("May,17, 2011") is a space',
  },
];

function isBrokenWord(left: string, right: string): boolean {
  if (!/^\p{Ll}/u.test(right)) return false;
  const fragment = (w: string) => w.length <= 2 && !SHORT_WORDS.has(w.toLowerCase());
  return fragment(left) || fragment(right);
}
