import { describe, expect, it } from 'vitest';
import { Doc } from '../doc/document.js';
import { segmentStage } from '../segment/stage.js';
import { datesStage } from './stage.js';

function analyse(text: string, init: { published?: string; metadata?: Record<string, unknown> } = {}): Doc {
  const doc = new Doc({ text, ...init });
  segmentStage.run(doc, {});
  datesStage.run(doc, {});
  return doc;
}

describe('publication date', () => {
  it('keeps the date the caller gave', () => {
    expect(analyse('He left yesterday.', { published: '2019-04-02' }).published).toBe('2019-04-02');
  });

  it.each([
    ['London, 9 October 2018 \u2014 The harbour authority said on Monday it would sell.', '2018-10-09'],
    ['ROTTERDAM, Oct. 9, 2018 (Reuters) - Port officials met.', '2018-10-09'],
    ['Published: 3 March 2021\nThe council voted.', '2021-03-03'],
  ])('reads a dateline: %s', (text, expected) => {
    expect(analyse(text).published).toBe(expected);
  });

  it('does not take a date inside a sentence with commas for a dateline', () => {
    expect(analyse('The letter, which was dated 2 May 2011, carried a stamp - and a seal.').published).toBeNull();
  });

  it('refuses a publication date that is not a date, in one line', () => {
    expect(() => analyse('Text.', { published: 'last Tuesday' })).toThrow(/^publication date "last Tuesday" is not a date/);
  });

  it('reads ingester metadata', () => {
    expect(analyse('Text.', { metadata: { date: 'Tue, 09 Oct 2018 10:00:00 +0000' } }).published).toBe('2018-10-09');
  });

  it('resolves relative dates against a dateline', () => {
    const doc = analyse('Paris, 12 June 2019 - The minister resigned yesterday.');
    expect(doc.dates.map((d) => [d.text, d.value, d.anchor])).toContainEqual(['yesterday', '2019-06-11', 'publication']);
  });
});

describe('inferred publication date', () => {
  it('is no earlier than the latest event reported, and says why', () => {
    const doc = analyse('The firm was founded in 2004. It was sold in March 2016. Its founder died in the summer of 2017.');
    expect(doc.publishedInferred?.notBefore).toBe('2017-08');
    expect(doc.publishedInferred?.reason).toContain('summer of 2017');
  });

  it('ignores dates in the future of the writing', () => {
    const doc = analyse('The port opened in 2011. A new terminal will open in 2030.');
    expect(doc.publishedInferred?.notBefore).toBe('2011');
  });

  it('is not set when the publication date is known', () => {
    expect(analyse('It opened in 2011.', { published: '2012-01-01' }).publishedInferred).toBeNull();
  });
});

describe('spans', () => {
  it('point into the original text even when the view differs', () => {
    const text = '\u201CIt was dated on June,23, 2012,\u201D she said, \u00ABin 1994\u00BB.';
    const doc = analyse(text);
    for (const d of doc.dates) expect(text.slice(d.start, d.end)).toBe(d.text);
    expect(doc.dates.map((d) => d.value)).toEqual(['2012-06-23', '1994']);
  });
});
