import type { Doc } from '../doc/document.js';
import { bounds } from '../dates/calendar.js';

/** One dated event of the text. */
export interface TimelineEvent {
  date: string;
  /** First and last day the date can mean, for ordering. */
  start: string;
  end: string;
  /** The sentence that reports it, and where it is. */
  text: string;
  span: { start: number; end: number };
  entities: string[];
  label: string;
}

const LABEL_LENGTH = 70;

/** A short label: the words around the date in its sentence, cut at word boundaries. */
export function labelOf(sentence: string, at: number, length = LABEL_LENGTH): string {
  const flat = sentence.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return flat;
  const from = Math.max(0, Math.min(at - length / 2, flat.length - length));
  let piece = flat.slice(from, from + length);
  if (from > 0) piece = `\u2026${piece.slice(piece.indexOf(' ') + 1)}`;
  if (from + length < flat.length) piece = `${piece.slice(0, piece.lastIndexOf(' '))}\u2026`;
  return piece;
}

/** Every dated event, in date order; a sentence with no date gives none. */
export function buildTimeline(doc: Doc): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  const seen = new Set<string>();
  for (const d of doc.dates) {
    const sentence = doc.sentenceAt(d.start) ?? d;
    const key = `${sentence.start}:${d.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const { first, last } = bounds(d.value);
    const entities = doc.entities
      .filter((e) => e.mentions.some((m) => m.start >= sentence.start && m.end <= sentence.end))
      .map((e) => e.id);
    const flat = sentence.text.replace(/\s+/g, ' ');
    const at = flat.indexOf(d.text.replace(/\s+/g, ' '));
    events.push({
      date: d.value,
      start: first,
      end: last,
      text: sentence.text,
      span: { start: sentence.start, end: sentence.end },
      entities,
      label: labelOf(sentence.text, Math.max(0, at)),
    });
  }
  return events.sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.span.start - b.span.start);
}
