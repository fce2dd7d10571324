import type { Doc } from '../doc/document.js';
import type { Stage } from '../pipeline/stage.js';
import { findQuotes } from './find.js';
import { MentionIndex } from './mentions.js';
import { isPronoun, speechSubjects } from './speaker.js';

export const quotesStage: Stage = {
  name: 'quotes',
  requires: ['sentences', 'entities'],
  assigns: ['quotes'],
  run(doc) {
    const mark = (i: number) => doc.text[doc.view.toOriginal(i)] ?? '';
    const mentions = new MentionIndex(doc.entities);
    let last: LastSpeaker | null = null;
    doc.quotes = findQuotes(doc.view.text, mark).map((q) => {
      const span = doc.spanFromView(q.start, q.end);
      if (!q.speaker) return { ...span, speaker: null, speakerText: null };
      const said = doc.spanFromView(q.speaker.start, q.speaker.end);
      const before = Math.min(span.start, said.start);
      const entity = isPronoun(said.text) ? personForPronoun(doc, mentions, before, last) : mentions.within(said);
      if (entity && !isPronoun(said.text)) last = { entity, at: said.start };
      return { ...span, speaker: entity, speakerText: said.text };
    });
  },
};

/** The last speaker named beside a quotation: a later "she said" usually continues with them. */
interface LastSpeaker {
  entity: string;
  at: number;
}

/**
 * The person a "he said" stands for: the first person named in the quotation's own sentence
 * before both the quotation and the pronoun; else whoever last spoke in the two sentences
 * before (beside a quotation, or as the subject of "said"); else the first person of those
 * sentences (the subject, usually); else the person named most often so far (the subject of
 * a profile or an obituary).
 */
function personForPronoun(doc: Doc, mentions: MentionIndex, before: number, last: LastSpeaker | null): string | null {
  const at = sentenceIndex(doc, before);
  if (at < 0) return mentions.mostMentionedBefore(before);
  const own = doc.sentences[at];
  const inOwn = mentions.firstPerson(own.start, before);
  if (inOwn) return inOwn;
  const from = doc.sentences[Math.max(0, at - 2)].start;
  const speaker = lastSpeakerBetween(doc, mentions, from, own.start);
  if (last && last.at >= from && (!speaker || last.at >= speaker.at)) return last.entity;
  if (speaker) return speaker.entity;
  for (let i = at - 1; i >= Math.max(0, at - 2); i--) {
    const found = mentions.firstPerson(doc.sentences[i].start, doc.sentences[i].end);
    if (found) return found;
  }
  return mentions.mostMentionedBefore(before);
}

/** The last person named as the subject of a speech verb between two original offsets. */
function lastSpeakerBetween(doc: Doc, mentions: MentionIndex, from: number, to: number): LastSpeaker | null {
  const viewFrom = doc.view.toView(from);
  const text = doc.view.text.slice(viewFrom, doc.view.toView(to));
  let found: LastSpeaker | null = null;
  for (const s of speechSubjects(text)) {
    const said = doc.spanFromView(viewFrom + s.start, viewFrom + s.end);
    const entity = mentions.within(said);
    if (entity && mentions.isPerson(entity)) found = { entity, at: said.start };
  }
  return found;
}

/** Index of the sentence holding an original offset (or the last one before it), -1 when none. */
function sentenceIndex(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (doc.sentences[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

