import type { Doc } from '../doc/document.js';
import type { DateMention } from '../dossier/contract.js';
import type { Stage } from '../pipeline/stage.js';
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

/** The words of its sentence before a date (at most a couple of hundred characters). */
function leadText(doc: Doc, d: DateMention): string {
  const from = Math.max(doc.sentenceAt(d.start)?.start ?? d.start, d.start - 200);
  return doc.text.slice(from, d.start);
}
