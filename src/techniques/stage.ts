import type { Doc } from '../doc/document.js';
import { contains, overlaps } from '../doc/span.js';
import type { Technique } from '../dossier/contract.js';
import type { Stage } from '../pipeline/stage.js';
import { TECHNIQUE_CUES } from './cues/index.js';
import { CueMatcher } from './matcher.js';
import { chantHits } from './chants.js';
import { anaphora, echoedSentences, echoes, repetitions } from './repetition.js';
import { clauseAnaphora, immediateRepeats } from './sentence-repeats.js';
import { parallelLines } from './parallel.js';
import { surfaceHits } from './surface.js';
import { tautologies } from './tautology.js';
import { wordStream } from './words.js';

const MATCHER = new CueMatcher(TECHNIQUE_CUES);
/** Quoted speech is the speaker's framing, not the author's: still shown, with less weight. */
const QUOTED_WEIGHT = 0.8;
/**
 * A weak cue inside a quotation ("nobody wants", "never once") is how people talk, not how the text
 * persuades: in quoted speech only cues at least this sure are kept.
 */
const QUOTED_MIN_CONFIDENCE = 0.6;

/** Finds the persuasion techniques of a document: one pass of every cue over its words. */
export function findTechniques(doc: Doc): Technique[] {
  const ws = wordStream(doc);
  const questions = doc.sentences.map((s) => /\?["')\]\s\u201D\u00BB]*$/.test(s.text));
  const hits = MATCHER.run(ws, (i) => questions[i] ?? false);
  for (const h of tautologies(ws)) hits.push(h);
  const found: Technique[] = [];
  for (const h of hits) {
    const span = doc.span(ws.start[h.from], ws.end[h.to - 1]);
    const quoted = doc.quotes.some((q) => contains(q, span));
    if (quoted && h.cue.confidence < QUOTED_MIN_CONFIDENCE) continue;
    found.push({
      label: h.cue.label,
      ...span,
      confidence: Math.round(h.cue.confidence * (quoted ? QUOTED_WEIGHT : 1) * 100) / 100,
      explanation: h.cue.reason.replace('{text}', span.text.replace(/\s+/g, ' ')) + (quoted ? ' (in quoted speech)' : ''),
    });
  }
  for (const hs of [surfaceHits(doc.view.text), chantHits(doc.view.text)]) {
    for (const h of hs) {
      const span = doc.spanFromView(h.start, h.end);
      found.push({ label: h.cue.label, ...span, confidence: h.cue.confidence, explanation: h.cue.reason.replace('{text}', span.text) });
    }
  }
  found.push(...parallelLines(doc, ws));
  const kept = dropOverlaps(found);
  return [...kept, ...repetitions(kept), ...echoes(doc, ws), ...anaphora(doc, ws), ...echoedSentences(doc, ws), ...immediateRepeats(doc, ws), ...clauseAnaphora(doc, ws)].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Of overlapping findings with one label, keeps the longest (then the surest); one sweep in reading order. */
function dropOverlaps(found: Technique[]): Technique[] {
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Technique[] = [];
  const last = new Map<string, number>();
  for (const t of sorted) {
    const i = last.get(t.label);
    const prev = i === undefined ? undefined : kept[i];
    if (prev && overlaps(prev, t)) {
      const better = t.end - t.start > prev.end - prev.start || (t.end - t.start === prev.end - prev.start && t.confidence > prev.confidence);
      if (better) kept[i!] = t;
      continue;
    }
    last.set(t.label, kept.length);
    kept.push(t);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

export const techniquesStage: Stage = {
  name: 'techniques',
  requires: ['sentences', 'tokens'],
  assigns: ['techniques'],
  run(doc) {
    doc.techniques = findTechniques(doc);
  },
};
