import type { ParsedComponents, ParsedResult } from 'chrono-node';
import type { DatePrecision } from '../dossier/contract.js';
import { iso } from './calendar.js';
import { APPROXIMATE, RELATIVE } from './parsers/base.js';

export interface DateValue {
  value: string;
  precision: DatePrecision;
  anchor: 'absolute' | 'publication';
}

/** A written year ("2011", "'98"): without one, a date is read against the publication date. */
const WRITTEN_YEAR = /(?:^|[^\d])(?:\d{4}|'\d\d)(?!\d)/;

/** The unit a relative phrase names fixes its precision: "two years ago" is a year, not a day. */
const RELATIVE_UNITS: Array<{ match: RegExp; precision: 'year' | 'month' | 'week' }> = [
  { match: /\byears?\b/i, precision: 'year' },
  { match: /\bmonths?\b/i, precision: 'month' },
  { match: /\b(?:weeks?|weekend)\b/i, precision: 'week' },
];

function isoAt(c: ParsedComponents, precision: 'year' | 'month' | 'day', shift = 0): string {
  const year = (c.get('year') ?? 0) + shift;
  if (precision === 'year') return iso(year);
  if (precision === 'month') return iso(year, c.get('month') ?? 1);
  return iso(year, c.get('month') ?? 1, c.get('day') ?? 1);
}

function precisionOf(c: ParsedComponents): 'year' | 'month' | 'day' {
  if (c.isCertain('day') || c.isCertain('weekday')) return 'day';
  if (c.isCertain('month')) return 'month';
  return 'year';
}

/**
 * The ISO value of a chrono result at exactly the precision its text gives, or null when the
 * text needs a publication date that is not known.
 */
export function valueOf(r: ParsedResult, published: Date | null): DateValue | null {
  const tags = r.tags();
  const relative = tags.has(RELATIVE) || !WRITTEN_YEAR.test(r.text);
  if (relative && !published) return null;
  const anchor = relative ? 'publication' : 'absolute';
  let approximate = tags.has(APPROXIMATE);
  let precision = precisionOf(r.start);
  const unit = relative ? RELATIVE_UNITS.find((u) => u.match.test(r.text)) : undefined;
  if (unit?.precision === 'week') approximate = true;
  else if (unit) precision = unit.precision;
  const shift = relative && published ? yearShift(r, published) : 0;
  const start = isoAt(r.start, precision, shift);
  const end = r.end ? isoAt(r.end, precisionOf(r.end), shift) : start;
  const value = end === start ? start : `${start}/${end}`;
  const kind: DatePrecision = approximate ? 'approximate' : end === start ? precision : 'interval';
  return { value, precision: kind, anchor };
}

/**
 * "6 March" with no year: reporting looks back, so it is the latest 6 March on or before the
 * publication date (chrono would take the nearest, which may lie after it).
 */
function yearShift(r: ParsedResult, published: Date): number {
  const c = r.start;
  if (c.isCertain('year') || !c.isCertain('month') || /\b(?:next|coming|this)\b/i.test(r.text)) return 0;
  return c.date().getTime() > published.getTime() + 86_400_000 ? -1 : 0;
}
