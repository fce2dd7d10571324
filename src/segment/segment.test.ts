import { describe, expect, it } from 'vitest';
import { Doc } from '../doc/document.js';
import { segmentStage } from './stage.js';

function sentences(text: string): string[] {
  const doc = new Doc({ text });
  segmentStage.run(doc, {});
  return doc.sentences.map((s) => s.text);
}

describe('sentence segmentation', () => {
  const cases: Array<[string, string, string[]]> = [
    ['initials before a surname', 'The report was signed by J. R. Hale and filed. Nobody read it.', ['The report was signed by J. R. Hale and filed.', 'Nobody read it.']],
    ['a dotted abbreviation closing a sentence', 'She moved to the U.S. The next year she returned.', ['She moved to the U.S.', 'The next year she returned.']],
    ['a dotted abbreviation inside a sentence', 'The U.S. embassy in Rabat said nothing.', ['The U.S. embassy in Rabat said nothing.']],
    ['a quotation that ends the sentence', '"We knew nothing," he said. "Nothing at all." Then he left.', ['"We knew nothing," he said.', '"Nothing at all."', 'Then he left.']],
    ['an exclamation inside a quotation', '"Stop!" he shouted at the guards.', ['"Stop!" he shouted at the guards.']],
    ['a question followed by its answer', 'Who paid? Nobody knows.', ['Who paid?', 'Nobody knows.']],
    ['decimals and "No."', 'Costs rose 4.5 percent under No. 12 of the plan. Prices fell.', ['Costs rose 4.5 percent under No. 12 of the plan.', 'Prices fell.']],
    ['company form before a lower-case word', 'Acme Ltd. and its parent were fined.', ['Acme Ltd. and its parent were fined.']],
    ['company form closing a sentence', 'The deal went to Acme Ltd. The board objected.', ['The deal went to Acme Ltd.', 'The board objected.']],
    ['interview turns without a space after the marker', 'Former officer, to the paper:\n*How do you read the memo?\n-From a legal view it is genuine.', ['Former officer, to the paper:', '*How do you read the memo?', '-From a legal view it is genuine.']],
  ];
  it.each(cases)('%s', (_what, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('joins the lines of hard-wrapped text and splits at its sentence ends', () => {
    const text = [
      'The committee met on Tuesday to discuss the tender for the new pumping',
      'station, which had been awarded to a firm with no experience of water',
      'works. Members asked why the regional commission had been bypassed and',
      'who had signed the final recommendation. Nobody at the ministry would',
      'say.',
    ].join('\n');
    expect(sentences(text)).toHaveLength(3);
    expect(sentences(text)[2]).toBe('Nobody at the ministry would\nsay.');
  });

  it('ends a sentence at every line of text written one paragraph per line', () => {
    const text = 'Port chief tied to shell company\nThe memo was leaked on Monday\nIt names three firms';
    expect(sentences(text)).toEqual(['Port chief tied to shell company', 'The memo was leaked on Monday', 'It names three firms']);
  });

  it('does not end a wrapped sentence at a title at the end of a line', () => {
    const text = [
      'The contract was signed in the presence of the harbour master and Dr.',
      'Ilse Brandt, who had flown in from Hamburg for the ceremony that week.',
      'Nobody else from the ministry attended the signing or the dinner after.',
      'The minutes of that meeting were never published by the port office.',
    ].join('\n');
    expect(sentences(text)[0]).toMatch(/^The contract.*that week\.$/s);
  });

  it('does not split after titles, company forms or "No."', () => {
    expect(sentences('Mr. Smith met Dr. Jones of Acme B.V. in May. The memo carries No. 5710/09 on its face.')).toEqual([
      'Mr. Smith met Dr. Jones of Acme B.V. in May.',
      'The memo carries No. 5710/09 on its face.',
    ]);
  });

  it('keeps dotted codes such as R.T.D inside the sentence', () => {
    expect(sentences('He holds the number 392 / R.T.D. and reports weekly. Nobody knew.')).toHaveLength(2);
  });

  it('ends a sentence at each numbered list item', () => {
    const out = sentences('The plan listed:\n1. Watch the port.\n2. Report on every new arrival.');
    expect(out).toEqual(['The plan listed:', '1. Watch the port.', '2. Report on every new arrival.']);
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
