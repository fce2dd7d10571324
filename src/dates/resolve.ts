import type { ParsedResult } from 'chrono-node';
import type { DatePrecision } from '../dossier/contract.js';
import { bounds, iso, isoOfDate } from './calendar.js';
import { APPROXIMATE } from './parsers/base.js';

const DAY = 86_400_000;

/** Past is the default; a date ahead wins only when it is this many times nearer ("6 December" written on 14 November). */
const NEAR_FACTOR = 4;

function daysBetween(a: string, b: string): number {
  return (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY;
}

/**
 * Dates without a year ("6 March", "in June", "Saturday, 20 February") or a bare weekday
 * ("on Tuesday"): reporting looks back, so they are the latest such date on or before the
 * publication date, unless the sentence looks ahead ("will appear in court on 4 October") or the
 * same date ahead is much nearer ("6 December" in a memo of 14 November).
 * A weekday given with the day picks the year it falls in.
 */
export function resolveAgainst(r: ParsedResult, published: Date, future: boolean): { value: string; precision: DatePrecision } | null {
  const c = r.start;
  if (c.isCertain('year') || r.end) return null;
  const pub = isoOfDate(published);
  if (c.isCertain('weekday') && !c.isCertain('day')) {
    const w = c.get('weekday') ?? 0;
    const dow = published.getUTCDay();
    const offset = future ? (w - dow + 7) % 7 : -((dow - w + 7) % 7);
    return { value: isoOfDate(new Date(published.getTime() + offset * DAY)), precision: 'day' };
  }
  if (!c.isCertain('month')) return null;
  const month = c.get('month') ?? 1;
  const day = c.isCertain('day') ? (c.get('day') ?? 1) : undefined;
  const year = published.getUTCFullYear();
  const candidates = [year - 1, year, year + 1].map((y) => iso(y, month, day));
  let pick: string | undefined;
  if (c.isCertain('weekday') && day !== undefined) {
    pick = candidates.find((v) => new Date(`${v}T12:00:00Z`).getUTCDay() === c.get('weekday'));
  }
  const past = [...candidates].reverse().find((v) => bounds(v).first <= pub);
  const ahead = candidates.find((v) => bounds(v).last >= pub);
  pick ??= future || (ahead && past && daysBetween(pub, bounds(ahead).first) * NEAR_FACTOR < daysBetween(bounds(past).first, pub)) ? ahead : past;
  if (!pick) return null;
  const approximate = r.tags().has(APPROXIMATE);
  return { value: pick, precision: approximate ? 'approximate' : day !== undefined ? 'day' : 'month' };
}
