import type { Token } from '../doc/document.js';
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
    const raw = tokenize(view.text);
    const tokens: Token[] = new Array(raw.length);
    for (let i = 0; i < raw.length; i++) {
      const t = raw[i];
      const start = view.toOriginal(t.start);
      const end = view.toOriginalEnd(t.end);
      tokens[i] = { start, end, text: doc.text.slice(start, end), norm: view.text.slice(t.start, t.end), kind: t.kind };
    }
    doc.tokens = tokens;
  },
};
