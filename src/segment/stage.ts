import type { Stage } from '../pipeline/stage.js';
import { splitParagraphs, splitSentences } from './sentences.js';
import { tokenize } from './tokens.js';

export const segmentStage: Stage = {
  name: 'segment',
  requires: [],
  assigns: ['sentences', 'paragraphs', 'tokens'],
  run(doc) {
    const view = doc.view;
    doc.sentences = splitSentences(view.text).map((r) => doc.spanFromView(r.start, r.end));
    doc.paragraphs = splitParagraphs(view.text).map((r) => doc.spanFromView(r.start, r.end));
    doc.tokens = tokenize(view.text).map((t) => ({
      ...doc.spanFromView(t.start, t.end),
      norm: view.text.slice(t.start, t.end),
      kind: t.kind,
    }));
  },
};
