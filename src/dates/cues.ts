import type { Parser, ParsingContext } from 'chrono-node';
import { MONTH_PATTERN } from './calendar.js';
import { PART } from './parsers/range.js';

/** One cue: any of these words (in any case), or a pattern that needs no case folding. */
export type Cue = string[] | RegExp;

const MONTH = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DIGIT = /\d/;
const YEAR = /\d{4}/;
/** Two day numbers joined ("14-15", "3 to 4"), as both day ranges begin or end. */
const DAY_PAIR = /\d(?:st|nd|rd|th)?\s*(?:\/|-|\u2013|to|and|&)\s*\d/iu;
/** The end of a month range: a joining word, then a month and its year ("to June 2015"). */
const MONTH_RANGE_END = new RegExp(`(?:-|\u2013|and|to|until|till|through)\\s*${PART}(?:${MONTH_PATTERN}),?\\s+\\d{4}`, 'iu');

/**
 * What a piece of text must contain for a parser to have any chance of matching: text the
 * parser's pattern cannot match without. A parser missing one of its cues is not run at all,
 * which spares chrono its scan (and its copy of the rest of the text at each failed match).
 */
export const PARSER_CUES: Array<{ parser: string; cues: Cue[]; reason: string }> = [
  { parser: 'anaphoric', cues: [['day', 'month', 'year']], reason: 'every phrase ends in day, month or year' },
  { parser: 'bareYear', cues: [YEAR], reason: 'the year itself' },
  { parser: 'dayMonthOfYear', cues: [/of\s+\d{4}/iu, MONTH], reason: 'a month name and "of" a four-digit year' },
  { parser: 'dayRange', cues: [DAY_PAIR, MONTH], reason: 'two joined day numbers and a month name' },
  { parser: 'monthDayRange', cues: [DAY_PAIR, MONTH], reason: 'a month name and two joined day numbers' },
  { parser: 'decade', cues: [/0'?s/iu], reason: 'a decade ends in "0s" or "0\'s"' },
  { parser: 'partOfPeriod', cues: [['of']], reason: '"the end of", "the first half of"' },
  { parser: 'earlyMidLate', cues: [['early', 'mid', 'late']], reason: 'the qualifier itself' },
  { parser: 'monthOfRelativeYear', cues: [MONTH, ['year']], reason: 'a month name and "year"' },
  { parser: 'partOfYear', cues: [/(?:half|quarter)\s+of\s+\d{4}|[qh]\d\s+\d{4}/iu], reason: '"half of" or "quarter of" a year, or "Q1"/"H2" and a year' },
  { parser: 'monthRange', cues: [MONTH_RANGE_END], reason: 'a joining word, then the last month and its year' },
  { parser: 'yearRange', cues: [/(?:19|20)\d\d\s*(?:-|\u2013|and|to|until|till|through)\s*\d\d/iu], reason: 'a year, a joining word and the second year' },
  { parser: 'openRange', cues: [/\d{4}\s+(?:to|until|till|up to)\s+(?:today|now|date|this day|the present)/iu], reason: 'a four-digit year, then "to today" or the like' },
  { parser: 'season', cues: [['spring', 'summer', 'autumn', 'fall', 'winter']], reason: 'the season name' },
  { parser: 'ENYearMonthDayParser', cues: [YEAR], reason: 'starts with a four-digit year' },
  { parser: 'ISOFormatParser', cues: [/\d{4}-/], reason: 'a four-digit year and a hyphen' },
  { parser: 'SlashDateFormatParser', cues: [DIGIT], reason: 'numbers only' },
  { parser: 'ENSlashMonthFormatParser', cues: [/\d\/\d{4}/], reason: 'month slash year' },
  { parser: 'ENMonthNameLittleEndianParser', cues: [MONTH], reason: 'a month name' },
  { parser: 'ENMonthNameMiddleEndianParser', cues: [MONTH], reason: 'a month name' },
  { parser: 'ENMonthNameParser', cues: [MONTH], reason: 'a month name' },
  { parser: 'ENYearMonthNameParser', cues: [DIGIT, MONTH], reason: 'a year ("5 AD" too) and a month name' },
  {
    parser: 'ENWeekdayParser',
    cues: [['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'weekend', 'weekday']],
    reason: 'a weekday name',
  },
  { parser: 'ENTimeUnitAgoFormatParser', cues: [['ago', 'before', 'earlier']], reason: '"ago", "before" or "earlier"' },
  {
    parser: 'ENCasualDateParser',
    cues: [['now', 'today', 'tonight', 'tomorrow', 'overmorrow', 'tmr', 'yesterday', 'night']],
    reason: 'the casual word',
  },
  { parser: 'ENRelativeDateFormatParser', cues: [['this', 'last', 'past', 'next']], reason: '"this", "last", "past" or "next"' },
];

/** A pattern that fails at once: anchored at the start, it is tried at one position only. */
const NEVER = /^(?!)/;

/** The cues found in the text chrono is reading now; all parsers share it. */
let seen: { text: string; folded: string; found: Map<Cue, boolean> } | undefined;

/**
 * Case folding for word cues: lower case, and the long s, which case-insensitive Unicode
 * patterns read as "s" (the Kelvin sign already lowers to "k").
 */
function fold(text: string): string {
  return text.toLowerCase().replaceAll('\u017f', 's');
}

function holds(text: string, cue: Cue): boolean {
  if (seen?.text !== text) seen = { text, folded: fold(text), found: new Map() };
  let found = seen.found.get(cue);
  if (found === undefined) {
    const folded = seen.folded;
    found = cue instanceof RegExp ? cue.test(text) : anyOf(cue).test(folded);
    seen.found.set(cue, found);
  }
  return found;
}

const ANY_OF = new WeakMap<string[], RegExp>();

/** One pattern for a list of words: a single scan of the text instead of one per word. */
function anyOf(words: string[]): RegExp {
  let pattern = ANY_OF.get(words);
  if (!pattern) {
    pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
    ANY_OF.set(words, pattern);
  }
  return pattern;
}

/** A parser that runs only on text holding all of its cues. */
export function gated(parser: Parser, cues: Cue[]): Parser & { name: string } {
  return {
    name: 'name' in parser && typeof parser.name === 'string' ? parser.name : parser.constructor.name,
    pattern(context: ParsingContext) {
      return cues.every((cue) => holds(context.text, cue)) ? parser.pattern(context) : NEVER;
    },
    extract: (context, match) => parser.extract(context, match),
  };
}
