import { Chrono, en, type Parser, type Refiner } from 'chrono-node';
import { anaphoricParser } from './parsers/anaphoric.js';
import { bareYearParser } from './parsers/bareYear.js';
import { monthOfRelativeYearParser } from './parsers/monthOfRelativeYear.js';
import { dayMonthOfYearParser } from './parsers/dayMonthOfYear.js';
import { dayRangeParser, monthDayRangeParser } from './parsers/dayRange.js';
import { decadeParser } from './parsers/decade.js';
import { earlyMidLateParser, partOfPeriodParser } from './parsers/fuzzyPeriod.js';
import { monthRangeParser, openRangeParser, yearRangeParser } from './parsers/range.js';
import { seasonParser } from './parsers/season.js';
import { partOfYearParser } from './parsers/partOfYear.js';
import { unlikelyDateFilter } from './refiners/unlikelyDate.js';
import { PARSER_CUES, gated } from './cues.js';

/** Chrono's parsers that read times of day or durations, which a dossier does not date. */
export const DROPPED_PARSERS: Array<{ name: string; reason: string }> = [
  { name: 'ENTimeExpressionParser', reason: 'times of day ("at 8 pm") are not dates' },
  { name: 'ENCasualTimeParser', reason: '"night", "morning" alone are not dates' },
  { name: 'ENTimeUnitWithinFormatParser', reason: '"in the day", "within 2 days" are durations' },
  { name: 'ENTimeUnitLaterFormatParser', reason: '"two days later" is relative to an event, not to publication' },
  { name: 'ENTimeUnitCasualRelativeFormatParser', reason: '"+2 days" style offsets are not in prose' },
  { name: 'ENEndOfCurrentMonthParser', reason: '"end of month" needs a named month' },
];

/** Chrono's refiners that add precision the text lacks or drop bare years. */
export const DROPPED_REFINERS: Array<{ name: string; reason: string }> = [
  { name: 'ENEndOfPeriodRefiner', reason: '"the end of February" becomes 28 February: more precision than the text' },
  { name: 'UnlikelyFormatFilter', reason: 'drops a bare "1994", which is a year here; our filter decides' },
  { name: 'ForwardDateRefiner', reason: 'dates in reporting lie in the past as often as the future' },
];

/** Our parsers, tried before chrono's so that the longer, more exact reading wins an overlap. */
const OWN_PARSERS: Parser[] = [
  anaphoricParser,
  monthOfRelativeYearParser,
  dayRangeParser,
  monthDayRangeParser,
  dayMonthOfYearParser,
  partOfYearParser,
  partOfPeriodParser,
  earlyMidLateParser,
  monthRangeParser,
  yearRangeParser,
  openRangeParser,
  decadeParser,
  seasonParser,
  bareYearParser,
];

const OWN_REFINERS: Refiner[] = [unlikelyDateFilter];

function nameOf(x: object): string {
  return 'name' in x && typeof x.name === 'string' ? x.name : x.constructor.name;
}

const CUES = new Map(PARSER_CUES.map((c) => [c.parser, c.cues]));

/** The parser, run only on text that holds its cues (when it has any). */
function withCues(parser: Parser): Parser {
  const cues = CUES.get(nameOf(parser));
  return cues ? gated(parser, cues) : parser;
}

/** A chrono instance for one reading order of numeric dates (day first, or month first). */
export function makeChrono(dayFirst: boolean): Chrono {
  const config = en.configuration.createCasualConfiguration(dayFirst);
  const dropParser = new Set(DROPPED_PARSERS.map((p) => p.name));
  const dropRefiner = new Set(DROPPED_REFINERS.map((r) => r.name));
  return new Chrono({
    parsers: [...OWN_PARSERS, ...config.parsers.filter((p) => !dropParser.has(nameOf(p)))].map(withCues),
    refiners: [...config.refiners.filter((r) => !dropRefiner.has(nameOf(r))), ...OWN_REFINERS],
  });
}

let cached: { dayFirst: Chrono; monthFirst: Chrono } | undefined;

export function chronoFor(dayFirst: boolean): Chrono {
  cached ??= { dayFirst: makeChrono(true), monthFirst: makeChrono(false) };
  return dayFirst ? cached.dayFirst : cached.monthFirst;
}
