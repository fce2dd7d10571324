import { daysInMonth, iso } from './calendar.js';
import type { DateValue } from './value.js';

/**
 * The value of "the following month" after a date: the earlier date's value moved by the shift,
 * at the unit the phrase names, or null when the earlier date is less precise than that unit.
 */
export function shiftFrom(previous: string, unit: string, shift: number): DateValue | null {
  const base = previous.split('/').pop() ?? previous;
  const [y, m, d] = base.split('-').map(Number);
  if (unit === 'year') return { value: iso(y + shift), precision: 'year', anchor: 'absolute' };
  if (!m) return null;
  if (unit === 'month') {
    const months = y * 12 + (m - 1) + shift;
    return { value: iso(Math.floor(months / 12), (months % 12) + 1), precision: 'month', anchor: 'absolute' };
  }
  if (!d) return null;
  const date = new Date(Date.UTC(y, m - 1, d + shift));
  const day = Math.min(date.getUTCDate(), daysInMonth(date.getUTCFullYear(), date.getUTCMonth() + 1));
  return { value: iso(date.getUTCFullYear(), date.getUTCMonth() + 1, day), precision: 'day', anchor: 'absolute' };
}
