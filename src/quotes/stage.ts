import type { Doc } from '../doc/document.js';
import type { Entity } from '../dossier/contract.js';
import type { Stage } from '../pipeline/stage.js';
import { findQuotes } from './find.js';
import { isPronoun } from './speaker.js';

/** How far back (original characters) a "he said" looks for the person it stands for. */
const PRONOUN_REACH = 1500;

export const quotesStage: Stage = {
  name: 'quotes',
  requires: ['sentences', 'entities'],
  assigns: ['quotes'],
  run(doc) {
    const mark = (i: number) => doc.text[doc.view.toOriginal(i)] ?? '';
    const mentions = mentionIndex(doc.entities);
    doc.quotes = findQuotes(doc.view.text, mark).map((q) => {
      const span = doc.spanFromView(q.start, q.end);
      if (!q.speaker) return { ...span, speaker: null, speakerText: null };
      const said = doc.spanFromView(q.speaker.start, q.speaker.end);
      const entity = isPronoun(said.text) ? lastPersonBefore(mentions, said.start) : entityWithin(mentions, said);
      return { ...span, speaker: entity, speakerText: said.text };
    });
  },
};

interface IndexedMention {
  start: number;
  end: number;
  entity: string;
  person: boolean;
}

function mentionIndex(entities: Entity[]): IndexedMention[] {
  return entities
    .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, entity: e.id, person: e.type === 'person' })))
    .sort((a, b) => a.start - b.start);
}

/** The entity of the longest mention inside the speaker's words ("a spokesman for the ministry" → the ministry). */
function entityWithin(mentions: IndexedMention[], said: { start: number; end: number }): string | null {
  let best: IndexedMention | null = null;
  for (const m of mentions) {
    if (m.start >= said.end) break;
    if (m.end <= said.start) continue;
    if (!best || (m.person && !best.person) || m.end - m.start > best.end - best.start) best = m;
  }
  return best?.entity ?? null;
}

function lastPersonBefore(mentions: IndexedMention[], offset: number): string | null {
  let best: IndexedMention | null = null;
  for (const m of mentions) {
    if (m.start >= offset) break;
    if (m.person && offset - m.end <= PRONOUN_REACH) best = m;
  }
  return best?.entity ?? null;
}

/** For callers that want the quotes of a document without the rest of the pipeline. */
export function quotesOf(doc: Doc) {
  quotesStage.run(doc, {});
  return doc.quotes;
}
