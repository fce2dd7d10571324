import type { Doc } from '../doc/document.js';
import type { DateMention } from '../dossier/contract.js';
import { DossierError } from '../errors.js';
import type { Stage } from '../pipeline/stage.js';
import { readIsoDay } from './calendar.js';
import { findDates } from './extract.js';
import { inferNotBefore, publishedFromDateline, publishedFromMetadata } from './publication.js';

/** Words chrono keeps in front of a date that are not part of it. */
const LEADING_WORD = /^(?:on|in|at|by)\s+/i;
const TRAILING_PUNCT = /[\s,;:]+$/;

/** Dates in the text, then the publication date: given, from the dateline, from metadata, or inferred. */
export const datesStage: Stage = {
  name: 'dates',
  requires: ['sentences', 'published'],
  assigns: ['dates', 'published'],
  run(doc) {
    if (doc.published) doc.published = checkedDay(doc.published);
    doc.published ??= publishedFromDateline(doc.view.text) ?? publishedFromMetadata(doc.metadata);
    doc.dates = findDates(doc.view.text, doc.published).map((f) => {
      const lead = LEADING_WORD.exec(doc.view.text.slice(f.start, f.end))?.[0].length ?? 0;
      const trail = TRAILING_PUNCT.exec(doc.view.text.slice(f.start, f.end))?.[0].length ?? 0;
      const span = doc.spanFromView(f.start + lead, f.end - trail);
      const mention: DateMention = { ...span, value: f.value, precision: f.precision, anchor: f.anchor };
      return mention;
    });
    doc.publishedInferred = doc.published ? null : inferNotBefore(doc.dates, (d) => leadText(doc, d));
  },
};

/** A publication date the caller gave, as an ISO day; anything unreadable is the caller's error. */
function checkedDay(given: string): string {
  const day = readIsoDay(given);
  if (!day) throw new DossierError('bad-argument', `publication date "${given}" is not a date (use YYYY-MM-DD)`);
  return day;
}

/** The words of its sentence before a date (at most a couple of hundred characters). */
function leadText(doc: Doc, d: DateMention): string {
  const from = Math.max(doc.sentenceAt(d.start)?.start ?? d.start, d.start - 200);
  return doc.text.slice(from, d.start);
}
