import { describe, expect, it } from 'vitest';
import { Doc } from '../doc/document.js';
import { imoCheckDigitHolds } from './parsers/ship-number.js';
import { referencesStage } from './stage.js';

function references(text: string) {
  const doc = new Doc({ text });
  referencesStage.run(doc, {});
  return doc.references.map((r) => [r.text, r.normalized, r.kind]);
}

describe('ship numbers', () => {
  it.each([
    ['The tanker, IMO 9321483, switched off its transponder.', 'IMO 9321483', 'IMO9321483'],
    ['Records list the hull as IMO9321483 under a new name.', 'IMO9321483', 'IMO9321483'],
    ['The vessel (IMO No. 9321483) was renamed twice in 2019.', 'IMO No. 9321483', 'IMO9321483'],
  ])('%s', (text, written, normalized) => {
    expect(references(text)).toEqual([[written, normalized, 'code']]);
  });

  it('leaves out a seven-digit number whose check digit fails', () => {
    expect(imoCheckDigitHolds('9321483')).toBe(true);
    expect(imoCheckDigitHolds('9321484')).toBe(false);
    expect(references('The broker quoted IMO 9321484 in the charter.')).toEqual([]);
  });
});

describe('neutral citations of judgments', () => {
  it.each([
    ['The point was settled in [2019] EWHC 2231 (Comm) a year later.', '[2019] EWHC 2231 (Comm)'],
    ['Counsel relied on [2021] EWCA Civ 88 throughout.', '[2021] EWCA Civ 88'],
    ['See [2016] SGCA 47 on the freezing order.', '[2016] SGCA 47'],
  ])('%s', (text, written) => {
    const found = references(text);
    expect(found.map(([t, , kind]) => [t, kind])).toEqual([[written, 'case-number']]);
  });

  it('needs a known court after the bracketed year', () => {
    expect(references('The figures for [2019] FOO 12 were revised.')).toEqual([]);
  });
});
