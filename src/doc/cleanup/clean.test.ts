import { describe, expect, it } from 'vitest';
import { Doc } from '../document.js';
import { cleanText } from './clean.js';
import { CLEANUP_RULES } from './rules.js';

/** [rule, original text, the view it gives]: one example at least for every rule. */
const EXAMPLES: Array<[string, string, string]> = [
  ['nfc', 'Jose\u0301 Nu\u0301n\u0303ez', 'Jos\u00E9 N\u00FA\u00F1ez'],
  ['double-quotes', '\u201CYes,\u201D he said of \u00AB deal \u00BB and \u201Eja\u201C.', '"Yes," he said of " deal " and "ja".'],
  ['single-quotes', 'the agent\u2019s file, \u2018noted\u2019', "the agent's file, 'noted'"],
  ['dashes', 'pages 4\u20139 \u2014 and \u2212 signs', 'pages 4-9 - and - signs'],
  ['ellipsis', 'and then\u2026 nothing', 'and then... nothing'],
  ['spaces', 'No.\u00A05710/09\u2009is\tdated', 'No. 5710/09 is dated'],
  ['line-separators', 'one line\rnext line\u2028third', 'one line\nnext line\nthird'],
  ['invisible', 'Bel\u200Bkacemi \u200Ehere\u00ADin\r\nnext\uFEFF', 'Belkacemi herein\nnext'],
  ['hyphenated-line-break', 'the infor-\nmation and a well-\nknown case', 'the information and a well-known case'],
  ['broken-word', 'who returned t\no the Council', 'who returned to the Council'],
  ['broken-word', 'a line that ends at\nthe margin', 'a line that ends at\nthe margin'],
  ['month-comma-day', 'dated on June,23, 2012', 'dated on June 23, 2012'],
  ['day-comma-year', 'signed on March 3,2019 in Rabat', 'signed on March 3, 2019 in Rabat'],
  ['spaced-slash-code', 'No. 4127 / R.T.D and 312 /R.T.D', 'No. 4127/R.T.D and 312/R.T.D'],
  ['repeated-spaces', 'two  words   apart', 'two words apart'],
  ['invisible', 'joined t\r\no here', 'joined to here'],
];

describe('text clean-up keeps offsets', () => {
  it.each(EXAMPLES)('%s: %j', (_rule, original, expected) => {
    const view = cleanText(original);
    expect(view.text).toBe(expected);
    // Every word of the view maps back to an original stretch that cleans up to the same word.
    const doc = new Doc({ text: original });
    for (const m of view.text.matchAll(/\S+/g)) {
      const span = doc.spanFromView(m.index, m.index + m[0].length);
      expect(original.slice(span.start, span.end)).toBe(span.text);
      expect(cleanText(span.text).text).toBe(m[0]);
    }
  });

  it('has an example for every rule', () => {
    const covered = new Set(EXAMPLES.map(([rule]) => rule));
    expect(CLEANUP_RULES.map((r) => r.name).filter((name) => !covered.has(name))).toEqual([]);
  });

  it('maps a span ending on a composed accent to the whole decomposed letter', () => {
    const text = 'Jose\u0301 left';
    const doc = new Doc({ text });
    expect(doc.spanFromView(0, 4).text).toBe('Jose\u0301');
  });

  it('never lets a span swallow removed characters after it', () => {
    const text = 'Name\u200B next';
    const doc = new Doc({ text });
    expect(doc.spanFromView(0, 4).text).toBe('Name');
  });

  it('finds the view offset of an original offset', () => {
    const text = '\u201CAb\u201D t\r\no';
    const view = cleanText(text);
    expect(view.text).toBe('"Ab" to');
    expect(view.toView(text.indexOf('t'))).toBe(5);
    expect(view.toOriginal(view.toView(text.indexOf('A')))).toBe(text.indexOf('A'));
  });

  it('leaves clean text as it is', () => {
    const text = 'A plain sentence, with nothing to clean.\nAnother line.';
    expect(cleanText(text).text).toBe(text);
  });
});
