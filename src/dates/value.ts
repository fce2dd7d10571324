import type { ParsedComponents, ParsedResult } from 'chrono-node';
import type { DatePrecision } from '../dossier/contract.js';
import { iso, isoOfDate } from './calendar.js';
import { APPROXIMATE, RELATIVE } from './parsers/base.js';
import { resolveAgainst } from './resolve.js';

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

/** Monday to Sunday of the week a relative phrase points at. */
function weekOf(c: ParsedComponents): string {
  const d = c.date();
  const monday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - ((d.getUTCDay() + 6) % 7)));
  const sunday = new Date(monday.getTime() + 6 * 86_400_000);
  return `${isoOfDate(monday)}/${isoOfDate(sunday)}`;
}

/**
 * The ISO value of a chrono result at exactly the precision its text gives, or null when the
 * text needs a publication date that is not known. `future` says the sentence looks ahead.
 */
export function valueOf(r: ParsedResult, published: Date | null, future = false): DateValue | null {
  const tags = r.tags();
  const relative = tags.has(RELATIVE) || !WRITTEN_YEAR.test(r.text);
  if (relative && !published) return null;
  const anchor = relative ? 'publication' : 'absolute';
  const unit = relative && !tags.has(RELATIVE) ? RELATIVE_UNITS.find((u) => u.match.test(r.text)) : undefined;
  if (unit?.precision === 'week') return { value: weekOf(r.start), precision: 'interval', anchor };
  const resolved = relative && published ? resolveAgainst(r, published, future) : null;
  if (resolved) return { value: resolved.value, precision: resolved.precision, anchor };
  const precision = unit ? unit.precision : precisionOf(r.start);
  const start = isoAt(r.start, precision);
  const end = r.end ? isoAt(r.end, precisionOf(r.end)) : start;
  const value = end === start ? start : `${start}/${end}`;
  const kind: DatePrecision = tags.has(APPROXIMATE) ? 'approximate' : end === start ? precision : 'interval';
  return { value, precision: kind, anchor };
}
