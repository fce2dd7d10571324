import { describe, expect, it } from 'vitest';
import type { Doc } from '../doc/document.js';
import { docWith } from './fixture.js';
import { checksStage } from './stage.js';

function flagsOf(doc: Doc) {
  checksStage.run(doc, {});
  for (const f of doc.flags) for (const e of f.evidence) expect(doc.text.slice(e.start, e.end)).toBe(e.text);
  return doc.flags.map((f) => [f.kind, f.severity]);
}

describe('reference-date-mismatch', () => {
  it('fires when a number carries a two-digit year other than the date', () => {
    const doc = docWith('The letter, which bears the number 5512/12 and is dated 9 April 2013, went to the governor.', { references: ['5512/12'] });
    expect(flagsOf(doc)).toEqual([['reference-date-mismatch', 'critical']]);
    expect(doc.flags[0].message).toContain('2012');
  });

  it('stays silent when the year matches', () => {
    const doc = docWith('This letter, dated on April 9, 2013, with the number 5512/13, went to the governor.', { references: ['5512/13'] });
    expect(flagsOf(doc)).toEqual([]);
  });

  it('fires on a four-digit year inside a code', () => {
    const doc = docWith('The memo, dated 12 March 2016 and numbered HR/OPS/2017-031, was signed by the director.', { references: ['HR/OPS/2017-031'] });
    expect(flagsOf(doc)).toEqual([['reference-date-mismatch', 'critical']]);
  });

  it('stays silent on a matching four-digit year', () => {
    const doc = docWith('The memo, dated 12 March 2016 and numbered HR/OPS/2016-031, was signed by the director.', { references: ['HR/OPS/2016-031'] });
    expect(flagsOf(doc)).toEqual([]);
  });

  it('stays silent on a number with no year', () => {
    const doc = docWith('The cable, dated 2 May 2011, carries No. 6120/K.L.T.', { references: ['6120/K.L.T'] });
    expect(flagsOf(doc)).toEqual([]);
  });
});

describe('anachronism', () => {
  it('fires when a document cites something later than its date', () => {
    expect(flagsOf(docWith('The memo, dated 12 March 2016, cites the 2017 audit of the port.'))).toEqual([['anachronism', 'critical']]);
  });

  it('stays silent when the cited event came before', () => {
    expect(flagsOf(docWith('The memo, dated 12 March 2016, cites the 2015 audit of the port.'))).toEqual([]);
  });

  it('follows the document into a later sentence', () => {
    const doc = docWith('A report dated 4 April 2013 reached the ministry. The report describes a meeting held on 9 April 2013 in Sfax.');
    expect(flagsOf(doc)).toEqual([['anachronism', 'critical']]);
  });

  it('fires on a report of a meeting that ended after the report', () => {
    expect(flagsOf(docWith('The report on the 3-5 June 2015 meeting is dated 4 June 2015.'))).toEqual([['anachronism', 'critical']]);
  });

  it('stays silent on a report written after the meeting', () => {
    expect(flagsOf(docWith('The report on the 3-5 June 2015 meeting is dated 8 June 2015.'))).toEqual([]);
  });

  it('stays silent on a forecast', () => {
    expect(flagsOf(docWith('The report, dated 5 May 2016, says exports will rise in 2018.'))).toEqual([]);
  });

  it('is only a warning when a date is approximate', () => {
    expect(flagsOf(docWith('The memo, dated 12 March 2016, cites talks held in late 2017.'))).toEqual([['anachronism', 'warning']]);
  });
});

const DABBAGH = { forms: ['Rami Dabbagh', 'Dabbagh'] };

describe('after-death', () => {
  it('fires when a person acts after the text reports their death', () => {
    const text = 'Colonel Rami Dabbagh was killed in October 2013 in an ambush. In June 2015, Dabbagh met the defence minister in Tripoli.';
    expect(flagsOf(docWith(text, { entities: [DABBAGH] }))).toEqual([['after-death', 'critical']]);
  });

  it('stays silent when the act came before the death', () => {
    const text = 'Colonel Rami Dabbagh was killed in October 2013 in an ambush. In June 2012, Dabbagh met the defence minister in Tripoli.';
    expect(flagsOf(docWith(text, { entities: [DABBAGH] }))).toEqual([]);
  });

  it('stays silent when the later sentence is about him but not an act of his', () => {
    const text = 'Rami Dabbagh died in October 2013. A barracks was named after Dabbagh in 2016.';
    expect(flagsOf(docWith(text, { entities: [DABBAGH] }))).toEqual([]);
  });

  it('follows a surname the entity layer did not link', () => {
    const text = 'Colonel Rami Dabbagh was killed in October 2013 in an ambush. In June 2015, Dabbagh met the defence minister in Tripoli.';
    expect(flagsOf(docWith(text, { entities: [{ forms: ['Rami Dabbagh'] }] }))).toEqual([['after-death', 'critical']]);
  });

  it('does not take a relative for the person who died', () => {
    const text = "Rami Dabbagh's brother was killed in 2010. In 2014, Dabbagh signed the accord.";
    expect(flagsOf(docWith(text, { entities: [DABBAGH] }))).toEqual([]);
  });
});

const ORTIZ = { forms: ['Lena Ortiz', 'Ortiz'] };

describe('contradiction', () => {
  it('fires when someone who left is on the payroll later', () => {
    const text = 'Lena Ortiz left the company in 2018, the firm said. Bank records show Ortiz was on the payroll in 2021.';
    expect(flagsOf(docWith(text, { entities: [ORTIZ] }))).toEqual([['contradiction', 'critical']]);
  });

  it('stays silent when the payroll date came before', () => {
    const text = 'Lena Ortiz left the company in 2018, the firm said. Bank records show Ortiz was on the payroll in 2017.';
    expect(flagsOf(docWith(text, { entities: [ORTIZ] }))).toEqual([]);
  });

  it('stays silent when the text says she came back', () => {
    const text = 'Lena Ortiz left the company in 2018. She rejoined the firm in 2020. Ortiz was on the payroll in 2021.';
    expect(flagsOf(docWith(text, { entities: [ORTIZ] }))).toEqual([]);
  });

  it('reads "she" as the person named before, and only warns', () => {
    const text = 'Lena Ortiz chaired the fund. Her profile says she stepped down as director in 2016. In 2019 she signed the accounts as director.';
    expect(flagsOf(docWith(text, { entities: [ORTIZ] }))).toEqual([['contradiction', 'warning']]);
  });

  it('fires on two birth years', () => {
    const text = 'Lena Ortiz was born in 1971 in Quito. Ortiz, born in 1974, studied law.';
    expect(flagsOf(docWith(text, { entities: [ORTIZ] }))).toEqual([['contradiction', 'critical']]);
  });

  it('stays silent on one birth year said twice', () => {
    const text = 'Lena Ortiz was born in 1971 in Quito. Ortiz, born in 1971, studied law.';
    expect(flagsOf(docWith(text, { entities: [ORTIZ] }))).toEqual([]);
  });
});
