import { describe, expect, it } from 'vitest';
import { docWith } from '../attribution/testdoc.js';
import { findClaims } from './stage.js';

function scores(text: string): Record<string, number> {
  const doc = docWith(text, [['Marta Ilves', 'person'], ['Baltic Feeder Lines', 'organization'], ['Tallinn', 'location']]);
  return Object.fromEntries(findClaims(doc).map((c) => [c.text, c.checkworthiness]));
}

describe('check-worthiness', () => {
  it('ranks a dated, numbered event with names above a bare statement', () => {
    const s = scores('Baltic Feeder Lines paid 4.2 million euros to Marta Ilves in Tallinn on 3 May 2021. The company has a long history.');
    expect(s['Baltic Feeder Lines paid 4.2 million euros to Marta Ilves in Tallinn on 3 May 2021.']).toBeGreaterThanOrEqual(0.8);
    expect(s['The company has a long history.']).toBeUndefined();
  });

  it('scores an accusation higher than the same sentence without it', () => {
    const plain = scores('Marta Ilves met the port director in Tallinn.');
    const accused = scores('Marta Ilves bribed the port director in Tallinn.');
    expect(accused['Marta Ilves bribed the port director in Tallinn.']).toBeGreaterThan(plain['Marta Ilves met the port director in Tallinn.'] ?? 0);
  });

  it.each([
    ['a question', 'Did Baltic Feeder Lines pay 4.2 million euros to Marta Ilves in 2021?'],
    ['an opinion', 'I think the harbour deserves better managers.'],
    ['a headline', 'Ferry operator under fire in Tallinn'],
    ['boilerplate', 'Copyright 2021 Baltic Feeder Lines. All rights reserved.'],
  ])('does not make a claim of %s', (_, text) => {
    expect(Object.keys(scores(text))).toEqual([]);
  });

  it('lists hedges found in a claim', () => {
    const doc = docWith('The vessel reportedly left Tallinn on 2 June, according to port records, and appears to have switched off its transponder.');
    expect(findClaims(doc)[0].hedges).toEqual(['reportedly', 'according to', 'appears to']);
  });

  it('numbers claims in reading order', () => {
    const doc = docWith('Marta Ilves signed the lease in 2019. Baltic Feeder Lines paid 300,000 euros in 2020.', [['Marta Ilves', 'person']]);
    expect(findClaims(doc).map((c) => c.id)).toEqual(['C1', 'C2']);
  });
});

describe('source flags', () => {
  it('flags a claim resting on unnamed sources, with both spans as evidence', async () => {
    const { claimsStage } = await import('./stage.js');
    const doc = docWith('Observers said the militia received 2,000 rifles from a Gulf donor in 2016.');
    claimsStage.run(doc, {});
    const flag = doc.flags.find((f) => f.kind === 'anonymous-source');
    expect(flag?.severity).toBe('warning');
    expect(flag?.evidence.map((e) => e.text)).toEqual(['Observers', doc.claims[0].text]);
  });

  it('marks a highly check-worthy claim with no source as unattributed and flags it', async () => {
    const { claimsStage } = await import('./stage.js');
    const doc = docWith('Baltic Feeder Lines paid 4.2 million euros to Marta Ilves in Tallinn on 3 May 2021.', [['Marta Ilves', 'person'], ['Baltic Feeder Lines', 'organization']]);
    claimsStage.run(doc, {});
    expect(doc.claims[0].source.kind).toBe('unattributed');
    expect(doc.flags.map((f) => f.kind)).toContain('unsourced-claim');
  });

  it('makes an unsourced accusation a warning and an unsourced fact a note', async () => {
    const { claimsStage } = await import('./stage.js');
    const doc = docWith('Marta Ilves laundered 4.2 million euros through Tallinn in 2021. Baltic Feeder Lines moved 3 ships to Tallinn in May 2021.', [['Marta Ilves', 'person'], ['Baltic Feeder Lines', 'organization']]);
    claimsStage.run(doc, {});
    expect(doc.flags.filter((f) => f.kind === 'unsourced-claim').map((f) => f.severity)).toEqual(['warning', 'info']);
  });

  it('leaves first-person framing to the author', () => {
    const doc = docWith('We obtained 14 invoices issued by the firm between 2017 and 2019.');
    expect(findClaims(doc)[0].source).toMatchObject({ kind: 'author', text: 'We' });
  });
});
