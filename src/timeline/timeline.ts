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
  const entitiesIn = entityFinder(doc);
  const flatOf = new Map<string, string>();
  for (const d of doc.dates) {
    const sentence = doc.sentenceAt(d.start) ?? d;
    const key = `${sentence.start}:${d.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const { first, last } = bounds(d.value);
    const entities = entitiesIn(sentence.start, sentence.end);
    let flat = flatOf.get(sentence.text);
    if (flat === undefined) flatOf.set(sentence.text, (flat = sentence.text.replace(/\s+/g, ' ')));
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

/**
 * The ids of the entities with a mention inside a range, in entity order: mentions sorted once
 * and found by binary search, instead of every mention of every entity for each date.
 */
function entityFinder(doc: Doc): (start: number, end: number) => string[] {
  const mentions = doc.entities
    .flatMap((e, index) => e.mentions.map((m) => ({ start: m.start, end: m.end, index })))
    .sort((a, b) => a.start - b.start);
  const memo = new Map<string, string[]>();
  return (start, end) => {
    const key = `${start}:${end}`;
    let ids = memo.get(key);
    if (ids) return [...ids];
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[mid].start < start) lo = mid + 1;
      else hi = mid;
    }
    const found = new Set<number>();
    for (let i = lo; i < mentions.length && mentions[i].start <= end; i++) if (mentions[i].end <= end) found.add(mentions[i].index);
    ids = [...found].sort((a, b) => a - b).map((i) => doc.entities[i].id);
    memo.set(key, ids);
    return ids;
  };
}
