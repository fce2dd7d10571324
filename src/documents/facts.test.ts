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
    ['The document, which carries the number 4407/12 and is dated 9 April 2013, was shown to us.', ['4407/12'], 'document', '2013-04-09', '4407/12'],
    ['This is a correspondence dated on June,23, 2012, bearing the number 5710/09.', ['5710/09'], 'correspondence', '2012-06-23', '5710/09'],
    ['We saw the letter of 2 May 2019 sent to the mayor.', [], 'letter', '2019-05-02', null],
  ])('%s', (text, refs, kind, date, reference) => {
    expect(facts(text, refs)).toContainEqual({ kind, date, reference });
  });

  it('reads "It is dated ..." as the document named just before', () => {
    const out = facts('The letter is printed on the agency letterhead. It is numbered 0415-2018/DRA, dated 14 May 2018.', ['0415-2018/DRA']);
    expect(out).toContainEqual({ kind: 'letter', date: '2018-05-14', reference: '0415-2018/DRA' });
  });

  it('does not take a date introduced by "from" for a document named after it', () => {
    expect(facts('From early 2016, she arranged for the firm to invoice large volumes of gravel.')).toEqual([]);
  });
});
