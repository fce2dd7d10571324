import { shiftFrom } from './anaphora.js';
import { chronoFor } from './chrono.js';
import { chunks } from './chunks.js';
import { ANAPHORIC } from './parsers/anaphoric.js';
import { speaksOfFuture } from './tense.js';
import { valueOf, type DateValue } from './value.js';

/** A date found in the clean view: view offsets, its value, and the parser that read it. */
export interface FoundDate extends DateValue {
  start: number;
  end: number;
  parser: string;
}

/**
 * Numeric dates are read day first ("23/02/2021") unless the text itself shows month-first order:
 * a numeric date whose second number cannot be a month but whose first can ("02/23/2021").
 */
export function readsMonthFirst(text: string): boolean {
  let us = false;
  for (const m of text.matchAll(/(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})(?![\d/])/g)) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (a > 12 && b <= 12) return false; // day-first shown: it wins
    if (b > 12 && a <= 12) us = true;
  }
  return us;
}

/** Noon UTC of an ISO day: the reference chrono reads relative dates against. */
export function referenceDate(published: string | null): Date {
  if (!published) return new Date(Date.UTC(2000, 0, 1, 12));
  const [y, m = '1', d = '1'] = published.split('-');
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d), 12));
}

/** Every date in a text, read against the publication date when there is one. */
export function findDates(text: string, published: string | null): FoundDate[] {
  const chrono = chronoFor(!readsMonthFirst(text));
  const out: FoundDate[] = [];
  const reference = referenceDate(published);
  for (const chunk of chunks(text)) {
    for (const r of chrono.parse(chunk.text, { instant: reference, timezone: 0 })) {
      const start = chunk.start + r.index;
      const end = start + r.text.length;
      const anaphoric = [...r.tags()].find((t) => t.startsWith(ANAPHORIC));
      if (anaphoric) {
        const [, unit, shift] = anaphoric.slice(ANAPHORIC.length).split(':');
        const previous = out[out.length - 1];
        // only within the paragraph: across a break, "the same day" may mean another day
        const near = previous && !text.slice(previous.end, start).includes('\n\n');
        const value = near && shiftFrom(previous.value, unit, Number(shift));
        if (value) out.push({ start, end, parser: 'anaphoric', ...value });
        continue;
      }
      const future = speaksOfFuture(text, start, end);
      const value = valueOf(r, published === null ? null : reference, future);
      if (!value) continue;
      const parser = [...r.tags()].find((t) => t.startsWith('parser/'))?.slice(7) ?? 'chrono';
      out.push({ start, end, parser, ...value });
    }
  }
  return out;
}
