import { Chrono, en, type Parser } from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { PARSER_CUES, gated } from './cues.js';
import { makeChrono } from './chrono.js';
import { findDates } from './extract.js';

const NAMES = new Set(makeChrono(true).parsers.map((p) => ('name' in p ? String(p.name) : p.constructor.name)));

describe('parser cues', () => {
  it('name only parsers that the date reader uses', () => {
    for (const { parser } of PARSER_CUES) expect(NAMES).toContain(parser);
  });

  it('skip a parser when its cue is missing and run it when present', () => {
    const weekday = en.configuration.createCasualConfiguration(true).parsers.find((p) => p.constructor.name === 'ENWeekdayParser') as Parser;
    const chrono = new Chrono({ parsers: [gated(weekday, [['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']])], refiners: [] });
    expect(chrono.parse('The vote was held on Tuesday.', new Date(Date.UTC(2020, 0, 8)))).toHaveLength(1);
    expect(chrono.parse('The vote was held in the morning.', new Date(Date.UTC(2020, 0, 8)))).toHaveLength(0);
  });

  it('test cues with the case folding of the parser pattern', () => {
    const found = findDates('THE BOARD MET IN SPRING 2019 AND AGAIN ON TUESDAY, 4 JUNE 2019.', '2019-07-01');
    expect(found.map((d) => d.value)).toEqual(['2019-03/2019-05', '2019-06-04']);
  });
});
