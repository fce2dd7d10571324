/** Month names and the arithmetic of ISO values at any precision ("2011", "2011-05", "2011-05-17", "a/b"). */

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

/** A regex source matching any month name or abbreviation (with an optional full stop). */
export const MONTH_PATTERN =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

export function monthNumber(name: string): number | undefined {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')];
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** ISO text of a year, month or day, at exactly the precision given. */
export function iso(year: number, month?: number, day?: number): string {
  if (month === undefined) return pad(year, 4);
  if (day === undefined) return `${pad(year, 4)}-${pad(month)}`;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The first and last day an ISO value can mean: "2011" -> 2011-01-01 .. 2011-12-31. */
export function bounds(value: string): { first: string; last: string } {
  let found = boundsOf.get(value);
  if (!found) {
    const [a, b = a] = value.split('/');
    found = Object.freeze({ first: firstDay(a), last: lastDay(b) });
    if (boundsOf.size >= MAX_REMEMBERED) boundsOf.clear();
    boundsOf.set(value, found);
  }
  return found;
}

/** Bounds already worked out: the same few values come back for every date and every check. */
const boundsOf = new Map<string, { first: string; last: string }>();
const MAX_REMEMBERED = 10_000;

function firstDay(v: string): string {
  const [y, m = '01', d = '01'] = v.split('-');
  return `${y}-${m}-${d}`;
}

function lastDay(v: string): string {
  const [y, m, d] = v.split('-');
  if (d) return v;
  if (m) return `${y}-${m}-${pad(daysInMonth(Number(y), Number(m)))}`;
  return `${y}-12-31`;
}

/** True when every day `a` can mean comes strictly before every day `b` can mean. */
export function strictlyBefore(a: string, b: string): boolean {
  return bounds(a).last < bounds(b).first;
}

/** Today's date of a JavaScript Date, in UTC, as YYYY-MM-DD. */
export function isoOfDate(d: Date): string {
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Reads a date at the start of a string: ISO ("2018-10-09T..."), or anything Date.parse reads (RFC 2822). */
export function readIsoDay(input: string): string | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(input.trim());
  if (m) {
    const [, y, mo, d] = m;
    if (mo && d && !isValidDay(+y, +mo, +d)) return null;
    return iso(+y, mo ? +mo : undefined, d ? +d : undefined);
  }
  const t = Date.parse(input);
  return Number.isNaN(t) ? null : isoOfDate(new Date(t));
}
