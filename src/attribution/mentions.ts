import type { Doc } from '../doc/document.js';
import type { EntityType } from '../dossier/contract.js';

/** An entity mention with the entity it belongs to (null when only the mention layer is there). */
export interface IndexedMention {
  start: number;
  end: number;
  type: EntityType;
  entity: string | null;
}

/** Every mention of the document sorted by position, from the entities layer or else the raw mentions. */
export function mentionIndex(doc: Doc): IndexedMention[] {
  const fromEntities = doc.entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, type: e.type, entity: e.id })));
  const list = fromEntities.length ? fromEntities : doc.mentions.map((m) => ({ start: m.start, end: m.end, type: m.type, entity: null }));
  return list.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Index of the first mention starting at or after `offset` (binary search). */
function firstFrom(list: IndexedMention[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The mentions lying inside [start, end). */
export function mentionsWithin(list: IndexedMention[], start: number, end: number): IndexedMention[] {
  const out: IndexedMention[] = [];
  for (let i = firstFrom(list, start); i < list.length && list[i].start < end; i++) {
    if (list[i].end <= end) out.push(list[i]);
  }
  return out;
}

/** How many mentions lie inside [start, end), without listing them. */
export function countWithin(list: IndexedMention[], start: number, end: number): number {
  let n = 0;
  for (let i = firstFrom(list, start); i < list.length && list[i].start < end; i++) if (list[i].end <= end) n++;
  return n;
}

/** The last mention of a type (a person by default) ending before `offset`, within `reach` characters. */
export function lastPersonBefore(list: IndexedMention[], offset: number, reach: number, type: IndexedMention['type'] = 'person'): IndexedMention | null {
  for (let i = firstFrom(list, offset) - 1; i >= 0; i--) {
    const m = list[i];
    if (offset - m.start > reach) return null;
    if (m.type === type && m.end <= offset) return m;
  }
  return null;
}

/** The clean-view range of an original span (view offsets only grow with original ones). */
export function viewRange(doc: Doc, span: { start: number; end: number }): { start: number; end: number } {
  const find = (offset: number) => {
    let lo = 0;
    let hi = doc.view.text.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (doc.view.toOriginal(mid) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return { start: find(span.start), end: find(span.end) };
}

/** The clean-view text of an original span. */
export function viewText(doc: Doc, span: { start: number; end: number }): string {
  const r = viewRange(doc, span);
  return doc.view.text.slice(r.start, r.end);
}
