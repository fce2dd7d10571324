import { describe, expect, it } from 'vitest';
import { Doc } from '../doc/document.js';
import { segmentStage } from './stage.js';

function sentences(text: string): string[] {
  const doc = new Doc({ text });
  segmentStage.run(doc, {});
  return doc.sentences.map((s) => s.text);
}

describe('sentence segmentation', () => {
  it('does not split after titles, company forms or "No."', () => {
    expect(sentences('Mr. Smith met Dr. Jones of Acme B.V. in May. The memo carries No. 8460/11 on its face.')).toEqual([
      'Mr. Smith met Dr. Jones of Acme B.V. in May.',
      'The memo carries No. 8460/11 on its face.',
    ]);
  });

  it('keeps dotted codes such as K.M.S inside the sentence', () => {
    expect(sentences('He holds the number 745 / K.M.S. and reports weekly. Nobody knew.')).toHaveLength(2);
  });

  it('ends a sentence at each numbered list item', () => {
    const out = sentences('The plot included:\n1. Carry out attacks.\n2. Provide information on every recruit.');
    expect(out).toEqual(['The plot included:', '1. Carry out attacks.', '2. Provide information on every recruit.']);
  });

  it('treats a headline line without a full stop as its own sentence', () => {
    expect(sentences('Port chief tied to shell company\nThe memo was leaked on Monday.')).toHaveLength(2);
  });

  it('keeps offsets into the original text when quotes are curly', () => {
    const text = '\u201CNobody knew,\u201D she said. \u00AB Next \u00BB came.';
    const doc = new Doc({ text });
    segmentStage.run(doc, {});
    for (const s of doc.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(doc.sentences[0].text.startsWith('\u201C')).toBe(true);
  });
});

describe('text clean-up keeps offsets', () => {
  it('joins a word broken across lines in the view only', () => {
    const text = 'who responded t\no the Charter';
    const doc = new Doc({ text });
    expect(doc.view.text).toBe('who responded to the Charter');
    const at = doc.view.text.indexOf('to the');
    const span = doc.spanFromView(at, at + 2);
    expect(span.text).toBe('t\no');
  });

  it('reads a glued month and day as separate words', () => {
    const doc = new Doc({ text: 'dated on May,17, 2011' });
    expect(doc.view.text).toBe('dated on May 17, 2011');
  });

  it('composes decomposed accents and maps them back', () => {
    const text = 'Joaqui\u0301n Guzma\u0301n';
    const doc = new Doc({ text });
    expect(doc.view.text).toBe('Joaqu\u00EDn Guzm\u00E1n');
    expect(doc.spanFromView(0, 7).text).toBe('Joaqui\u0301n');
  });
});
