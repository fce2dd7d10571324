import type { Doc } from '../doc/document.js';
import type { DateMention } from '../dossier/contract.js';

/** How far into the text a date still counts as the document's own date (letterhead, memo header). */
const HEAD_CHARS = 600;
/** A date on a line that names it as the document's date wins over the first date in the head. */
const DATE_LINE = /(?:^|\n)[ \t]*(?:date|dated|le|fecha|datum|التاريخ)\s*[:.]?\s*$/i;
/** Words before a date that make it the future of the writing, not its date. */
const FUTURE = /\b(?:will|shall|due|by|until|before|deadline|scheduled|planned|next|from)\s*$/i;

const isDay = (d: DateMention) => d.precision === 'day' && /^\d{4}-\d{2}-\d{2}$/.test(d.value);

/** The date a document states for itself: a "Date:" line, else the first full date in its head. */
export function statedDate(doc: Doc): DateMention | null {
  const days = doc.dates.filter(isDay).sort((a, b) => a.start - b.start);
  const labelled = days.find((d) => DATE_LINE.test(doc.text.slice(Math.max(0, d.start - 40), d.start)));
  if (labelled) return labelled;
  return days.find((d) => d.start < HEAD_CHARS && !FUTURE.test(doc.text.slice(Math.max(0, d.start - 30), d.start))) ?? null;
}

/** The latest full date the text reports as past (dates after future cues are left out). */
export function latestReportedDate(doc: Doc): DateMention | null {
  let latest: DateMention | null = null;
  for (const d of doc.dates) {
    if (!isDay(d) || FUTURE.test(doc.text.slice(Math.max(0, d.start - 30), d.start))) continue;
    if (!latest || d.value > latest.value) latest = d;
  }
  return latest;
}

/** Whole days from a to b (ISO dates or timestamps); positive when b is later. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b.slice(0, 10)) - Date.parse(a.slice(0, 10))) / 86_400_000);
}

/** The span part of a date mention, as flag evidence. */
export function evidenceOf(d: DateMention | null) {
  return d ? [{ start: d.start, end: d.end, text: d.text }] : [];
}
