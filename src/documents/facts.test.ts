import { describe, expect, it } from 'vitest';
import { checkContext } from '../checks/context.js';
import { docWith } from '../checks/fixture.js';
import { findDocumentFacts } from './facts.js';

function facts(text: string, references: string[] = []) {
  const doc = docWith(text, { references });
  return findDocumentFacts(checkContext(doc)).map((f) => ({
    kind: f.lemma,
    date: f.date?.item.value ?? null,
    reference: f.reference?.item.normalized ?? null,
  }));
}

describe('documents the text describes', () => {
  it.each([
    ['The memo, dated 12 March 2016 and numbered KM/LEG/2016-044, was leaked.', ['KM/LEG/2016-044'], 'memo', '2016-03-12', 'KM/LEG/2016-044'],
    ['The document, which carries the number 2231/14 and is dated 3 June 2015, was shown to us.', ['2231/14'], 'document', '2015-06-03', '2231/14'],
    ['It is a correspondence that was dated on May,17, 2011, carrying the number 8460/11.', ['8460/11'], 'correspondence', '2011-05-17', '8460/11'],
    ['We saw the letter of 2 May 2019 sent to the mayor.', [], 'letter', '2019-05-02', null],
  ])('%s', (text, refs, kind, date, reference) => {
    expect(facts(text, refs)).toContainEqual({ kind, date, reference });
  });

  it('reads "It is dated ..." as the document named just before', () => {
    const out = facts('The letter appears on the ministry letterhead. It is numbered 0872-2019/DGM, dated 9 March 2019.', ['0872-2019/DGM']);
    expect(out).toContainEqual({ kind: 'letter', date: '2019-03-09', reference: '0872-2019/DGM' });
  });

  it('does not take a date introduced by "from" for a document named after it', () => {
    expect(facts('From early 2014, he arranged for the company to invoice large quantities of cement.')).toEqual([]);
  });
});
