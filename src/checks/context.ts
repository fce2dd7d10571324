import type { Doc } from '../doc/document.js';
import type { DateMention, Entity, Reference } from '../dossier/contract.js';
import { nameParts } from './people.js';

/** A finding placed in the clean view, where the rules read. */
export interface Placed<T> {
  item: T;
  start: number;
  end: number;
}

/** The layers the consistency rules read, with view offsets, built once per document. */
export interface CheckContext {
  doc: Doc;
  text: string;
  sentences: Array<{ start: number; end: number }>;
  dates: Placed<DateMention>[];
  references: Placed<Reference>[];
  /** Mentions of people, each with its entity. */
  people: Placed<Entity>[];
  /** Mentions of organisations, each with its entity. */
  organizations: Placed<Entity>[];
}

function place<T extends { start: number; end: number }>(doc: Doc, item: T): Placed<T> {
  return { item, start: doc.view.toView(item.start), end: doc.view.toView(item.end) };
}

function mentionsOf(doc: Doc, type: Entity['type']): Placed<Entity>[] {
  return doc.entities
    .filter((e) => e.type === type)
    .flatMap((e) => e.mentions.map((m) => ({ item: e, start: doc.view.toView(m.start), end: doc.view.toView(m.end) })))
    .sort((a, b) => a.start - b.start);
}

function withNameParts(doc: Doc, people: Placed<Entity>[]): Placed<Entity>[] {
  return [...people, ...nameParts(doc, people)].sort((a, b) => a.start - b.start);
}

/** What a context is built from: while none of it changes, the context built before still holds. */
function inputsOf(doc: Doc): unknown[] {
  let mentions = 0;
  for (const e of doc.entities) mentions += e.mentions.length;
  const layers = [doc.sentences, doc.dates, doc.references, doc.entities, doc.tokens];
  return [doc.view, mentions, ...layers, ...layers.map((l) => l.length)];
}

const built = new WeakMap<Doc, { inputs: unknown[]; ctx: CheckContext }>();

/** The context of a document, built once and shared by the stages that read it (document facts, checks). */
export function checkContext(doc: Doc): CheckContext {
  const inputs = inputsOf(doc);
  const before = built.get(doc);
  if (before && before.inputs.every((x, i) => x === inputs[i])) return before.ctx;
  const ctx = buildContext(doc);
  built.set(doc, { inputs, ctx });
  return ctx;
}

function buildContext(doc: Doc): CheckContext {
  return {
    doc,
    text: doc.view.text,
    sentences: doc.sentences.map((s) => ({ start: doc.view.toView(s.start), end: doc.view.toView(s.end) })),
    dates: doc.dates.map((d) => place(doc, d)).sort((a, b) => a.start - b.start),
    references: doc.references.map((r) => place(doc, r)).sort((a, b) => a.start - b.start),
    people: withNameParts(doc, mentionsOf(doc, 'person')),
    organizations: mentionsOf(doc, 'organization'),
  };
}

/** The items (sorted by start) that lie inside a range of the view, found by binary search. */
export function within<T extends { start: number; end: number }>(items: T[], start: number, end: number): T[] {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < items.length && items[i].start < end; i++) if (items[i].end <= end) out.push(items[i]);
  return out;
}

/** The sentence around a view offset (or the whole text when sentences are missing). */
export function sentenceAround(ctx: CheckContext, at: number): { start: number; end: number } {
  let lo = 0;
  let hi = ctx.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ctx.sentences[mid];
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return { start: 0, end: ctx.text.length };
}
