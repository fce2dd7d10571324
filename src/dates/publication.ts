import type { DateMention } from '../dossier/contract.js';
import { bounds, readIsoDay } from './calendar.js';
import { findDates } from './extract.js';
import { FUTURE_CUES } from './tense.js';

/** Metadata fields ingesters use for the publication date, most specific first. */
export const METADATA_FIELDS = [
  'published',
  'datePublished',
  'article:published_time',
  'publishedDate',
  'pubdate',
  'date',
  'Date',
  'created',
  'creationDate',
];

export function publishedFromMetadata(metadata: Record<string, unknown>): string | null {
  for (const key of METADATA_FIELDS) {
    const v = metadata[key];
    if (typeof v === 'string' && v.trim()) {
      const day = readIsoDay(v);
      if (day) return day;
    }
    if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  }
  return null;
}

/** Lines at the head of an article that carry its date, each with why. */
export const DATELINES: Array<{ match: RegExp; reason: string }> = [
  { match: /^[\p{Lu}][\p{L} .'-]{1,40},\s*([^\n]{6,40}?)\s*(?:\([\p{L} ]+\)\s*)?[-\u2013\u2014:]/mu, reason: 'a dateline: "PLACE, DATE —"' },
  { match: /^(?:published|posted|updated|date|dated)\s*(?:on|:)?\s*([^\n]{6,40})$/imu, reason: 'a "Published: DATE" line' },
];

/** A full date in the first lines of the text ("London, 9 October 2018 —"). */
export function publishedFromDateline(viewText: string): string | null {
  const head = viewText.slice(0, 600);
  for (const rule of DATELINES) {
    const m = rule.match.exec(head);
    if (!m) continue;
    // the whole captured piece must be the date, so a sentence with a comma is not read as a dateline
    const piece = m[1].trim();
    const found = findDates(piece, null).find((d) => d.precision === 'day' && d.start <= 3 && d.end >= piece.length - 1);
    if (found) return found.value;
  }
  return null;
}

/**
 * With no publication date, the latest event the text reports bounds it from below:
 * an article that reports the end of October 2012 was written after it.
 */
export function inferNotBefore(
  dates: DateMention[],
  leadOf: (d: DateMention) => string,
): { notBefore: string; reason: string } | null {
  let best: { mention: DateMention; last: string; end: string } | null = null;
  for (const d of dates) {
    if (d.anchor !== 'absolute') continue;
    const clause = leadOf(d).split(/[,;]/).pop() ?? '';
    if (FUTURE_CUES.test(clause) || /\b(?:would|until)\b/i.test(clause)) continue;
    const end = d.value.split('/').pop() ?? d.value;
    const last = bounds(end).last;
    if (!best || last > best.last) best = { mention: d, last, end };
  }
  if (!best) return null;
  return {
    notBefore: best.end,
    reason: `the latest event the text reports is dated "${best.mention.text.trim()}" (${best.end})`,
  };
}
