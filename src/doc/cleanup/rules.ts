/**
 * Clean-up rules as data. Each rewrites what it matches in the analysis view only;
 * the original text is never changed, and offsets map back through the view.
 * "characters" rules read the original text; "layout" rules read the result of those.
 */
export interface CleanupRule {
  name: string;
  stage: 'characters' | 'layout';
  pattern: RegExp; // must be global; patterns match forward only, as lookbehinds cost a scan at every position
  /** Characters before the match that the rewrite also covers (the letter under a combining accent). */
  lookBack?: number;
  /** The replacement of the covered text; `text` is the whole input, for looking around the match. */
  replace: (covered: string, match: RegExpExecArray, text: string) => string;
  reason: string;
}

const MONTH = '\\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

const MONTH_BEFORE = new RegExp(`${MONTH}$`);
const MONTH_DAY_BEFORE = new RegExp(`${MONTH}\\.? \\d{1,2}$`);

export const CLEANUP_RULES: CleanupRule[] = [
  {
    name: 'nfc',
    stage: 'characters',
    pattern: /\p{M}+/gu,
    lookBack: 1,
    replace: (covered) => covered.normalize('NFC'),
    reason: 'decomposed accents ("e" + combining acute) are composed so names compare equal',
  },
  {
    name: 'double-quotes',
    stage: 'characters',
    pattern: /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2039\u203A\u301D\u301E\uFF02]/g,
    replace: () => '"',
    reason: 'curly quotes and guillemets mark quotations and names exactly as straight quotes do',
  },
  {
    name: 'single-quotes',
    stage: 'characters',
    pattern: /[\u2018\u2019\u201A\u201B\u2032\u02BC]/g,
    replace: () => "'",
    reason: 'typographic apostrophes are apostrophes ("agent\u2019s")',
  },
  {
    name: 'dashes',
    stage: 'characters',
    pattern: /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE63\uFF0D]/g,
    replace: () => '-',
    reason: 'hyphen and dash variants split compound names and ranges the same way',
  },
  {
    name: 'ellipsis',
    stage: 'characters',
    pattern: /\u2026/g,
    replace: () => '...',
    reason: 'an ellipsis character reads like three full stops',
  },
  {
    name: 'spaces',
    stage: 'characters',
    pattern: /[\u00A0\u2000-\u200A\u202F\u205F\u3000\t\f\v]/g,
    replace: () => ' ',
    reason: 'non-breaking and typographic spaces separate words like a space',
  },
  {
    name: 'line-separators',
    stage: 'characters',
    pattern: /\r(?!\n)|[\u2028\u2029\u0085]/g,
    replace: () => '\n',
    reason: 'an old Mac line end or a Unicode line separator ends a line like a line feed',
  },
  {
    name: 'invisible',
    stage: 'characters',
    pattern: /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD\u061C]|\r(?=\n)/g,
    replace: () => '',
    reason: 'zero-width characters, direction marks, soft hyphens and the CR of CRLF carry no word content',
  },
  {
    name: 'hyphenated-line-break',
    stage: 'layout',
    pattern: /-[ \t]*\n[ \t]*(?=\p{Ll})/gu,
    replace: (covered, m, text) => {
      const left = wordBefore(text, m.index);
      if (left === '') return covered;
      return COMPOUND_HEADS.has(left.toLowerCase()) ? '-' : '';
    },
    reason: 'a word hyphenated at the end of a line ("infor-\\nmation") is one word; "well-\\nknown" keeps its hyphen',
  },
  {
    name: 'broken-word',
    stage: 'layout',
    pattern: /\n(?=\p{Ll})/gu,
    replace: (covered, m, text) => (isBrokenWord(wordBefore(text, m.index), wordAfter(text, m.index + 1)) ? '' : covered),
    reason: 'a line break inside a word ("t\\no") joins its halves when a half is not a word on its own',
  },
  {
    name: 'month-comma-day',
    stage: 'layout',
    pattern: /,(?=\d{1,2}\b)/g,
    replace: (covered, m, text) => (MONTH_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index)) ? ' ' : covered),
    reason: 'a comma glued between month and day ("June,23, 2012") is a space',
  },
  {
    name: 'day-comma-year',
    stage: 'layout',
    pattern: /,(?=\d{4}\b)/g,
    replace: (covered, m, text) => (MONTH_DAY_BEFORE.test(text.slice(Math.max(0, m.index - 14), m.index)) ? ', ' : covered),
    reason: 'a comma glued between day and year ("May 17,2011") is followed by a space',
  },
  {
    name: 'spaced-slash-code',
    stage: 'layout',
    pattern: / *\/ *(?=(?:\p{Lu}\.?){2,}(?!\p{Ll}))/gu,
    replace: (covered, m, text) => (/\d/.test(text[m.index - 1] ?? '') ? '/' : covered),
    reason: 'spaces around the slash of a registry number ("4127 / R.T.D") are typing noise',
  },
  {
    name: 'repeated-spaces',
    stage: 'layout',
    pattern: / {2,}/g,
    replace: () => ' ',
    reason: 'runs of spaces (justified or converted text) separate words like one space',
  },
];

/** Short words that can legitimately end or start a line; a lone fragment that is not one is a broken word. */
const SHORT_WORDS = new Set(
  (
    'a i an as at be by do go he if in is it me my no of on or so to up us we am ok oh ' +
    'ad ah ax eh ex ha hi id ma pa re uh um un vs mr ms dr st jr sr ' +
    'al el de la le du da di do en et ne se si ta ya ye yo ii iv vi xi'
  ).split(' '),
);

/** First halves of compounds that keep their hyphen when a line break follows it ("well-\nknown"). */
const COMPOUND_HEADS = new Set(
  'well self non anti pro post pre ex co long short high low half all cross counter semi multi inter mid'.split(' '),
);

/** The letters just before `at` (empty when a non-letter precedes). */
function wordBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && at - i < 40 && /\p{L}/u.test(text[i - 1])) i--;
  return text.slice(i, at);
}

function wordAfter(text: string, at: number): string {
  let i = at;
  while (i < text.length && i - at < 40 && /\p{L}/u.test(text[i])) i++;
  return text.slice(at, i);
}

function isBrokenWord(left: string, right: string): boolean {
  if (!/^\p{Ll}/u.test(right)) return false;
  if (left === '' || right === '') return false;
  const fragment = (w: string) => w.length <= 2 && !SHORT_WORDS.has(w.toLowerCase());
  return fragment(left) || fragment(right);
}
