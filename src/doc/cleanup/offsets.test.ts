import { describe, expect, it } from 'vitest';
import { Doc } from '../document.js';
import { cleanText } from './clean.js';

/** Pieces that trigger every clean-up rule, and some that must pass through untouched. */
const PIECES = [
  'Jose\u0301 ', '\u201CYes,\u201D ', '\u00AB deal \u00BB ', 'agent\u2019s ', '4\u20139 ', 'then\u2026 ', 'No.\u00A0', '5710/09 ',
  'line\r\n', 'old\r', 'sep\u2028', 'Bel\u200Bkacemi ', '\u200Eleft ', 'soft\u00ADhyphen ', 'infor-\n', 'mation ', 'well-\n', 'known ',
  't\n', 'o ', 'June,23, 2012 ', 'March 3,2019 ', '4127 / R.T.D ', 'two  spaces ', '\uD83D\uDC4D ', '\u0627\u0644\u0645\u063A\u0631\u0628 ',
  'plain words. ', 'Mr. Smith ', '\n\n', '"quoted" ', 'end.',
];

/** A small deterministic generator, so a failure can be replayed. */
function* texts(count: number): Generator<string> {
  let state = 20240611;
  const next = () => (state = (state * 1103515245 + 12345) & 0x7fffffff);
  for (let n = 0; n < count; n++) {
    const parts: string[] = [];
    const length = 3 + (next() % 25);
    for (let k = 0; k < length; k++) parts.push(PIECES[next() % PIECES.length]);
    yield parts.join('');
  }
}

describe('the clean-up map on mixed input', () => {
  it('maps every view offset to a non-decreasing original offset, splitting no surrogate pair the view keeps whole', () => {
    for (const text of texts(300)) {
      const view = cleanText(text);
      let previous = 0;
      for (let i = 0; i <= view.text.length; i++) {
        const at = view.toOriginal(i);
        expect(at).toBeGreaterThanOrEqual(previous);
        expect(at).toBeLessThanOrEqual(text.length);
        const lowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
        if (!lowSurrogate(view.text.charCodeAt(i))) expect(lowSurrogate(text.charCodeAt(at))).toBe(false);
        previous = at;
      }
    }
  });

  it('gives every view word an original span that cleans up to the same word', () => {
    for (const text of texts(300)) {
      const doc = new Doc({ text });
      for (const m of doc.view.text.matchAll(/[^\s"]+/g)) {
        const span = doc.spanFromView(m.index, m.index + m[0].length);
        expect(span.end).toBeGreaterThan(span.start);
        expect(cleanText(span.text).text).toBe(m[0]);
      }
    }
  });

  it('finds each view offset again from its original offset', () => {
    for (const text of texts(100)) {
      const view = cleanText(text);
      for (let i = 0; i < view.text.length; i++) {
        const back = view.toView(view.toOriginal(i));
        expect(back).toBeLessThanOrEqual(i);
        expect(view.toOriginal(back)).toBe(view.toOriginal(i));
      }
    }
  });
});
