import { describe, expect, it } from 'vitest';
import { findClaims } from '../claims/stage.js';
import type { EntityType } from '../dossier/contract.js';
import { docWith } from './testdoc.js';

function sourceOf(text: string, names: Array<[string, EntityType]> = []) {
  const claims = findClaims(docWith(text, names));
  expect(claims.length).toBeGreaterThan(0);
  const { kind, text: said } = claims[0].source;
  return { kind, text: said };
}

describe('claim sources named in the sentence', () => {
  it.each([
    ['According to diplomats, the convoy crossed the border at Ras Jdir on 4 June.', 'anonymous', 'diplomats'],
    ['Security sources said the depot in Sfax held 40 tonnes of fertiliser.', 'anonymous', 'Security sources'],
    ['People familiar with the talks said the bank paid 12 million dollars to the broker.', 'anonymous', 'People familiar with the talks'],
    ['A former customs officer who asked not to be named said 300 containers were cleared without inspection in 2019.', 'anonymous', 'A former customs officer who asked not to be named'],
    ['The leaked ledger shows that the mayor received 80,000 euros in March 2018.', 'document', 'The leaked ledger'],
    ['Ship tracking data, according to the audit report, put the tanker off Malta on 2 May.', 'document', 'the audit report'],
    ['The court found that the director moved 2.3 million euros to a company in Cyprus.', 'named-organization', 'The court'],
  ])('%s', (text, kind, said) => {
    expect(sourceOf(text)).toEqual({ kind, text: said });
  });

  it.each([
    ['The port authority, which took over the quay in 2015, said 41 cranes were idle.', 'named-organization', 'The port authority'],
    ['"We paid 2 million euros for the site," said Ines Faro, the mayor.', 'named-person', 'Ines Faro'],
    ['In the shipping ledger the vessel appears under a Panama flag in 2017.', 'document', 'the shipping ledger'],
    ['Two deckhands who declined to be identified, for fear of losing work, described 18-hour shifts on the trawler in 2019.', 'anonymous', 'Two deckhands who declined to be identified'],
    ['There are reports that the governor sold 12 licences in 2020.', 'anonymous', 'There are reports'],
  ])('%s', (text, kind, said) => {
    expect(sourceOf(text, [['Ines Faro', 'person']])).toEqual({ kind, text: said });
  });

  it('reads a source inside a "that" clause from its first word', () => {
    const text = 'The judge jailed the broker for a scheme that prosecutors said cost the state 9 million euros in 2018.';
    expect(sourceOf(text)).toEqual({ kind: 'named-organization', text: 'prosecutors' });
  });

  it('names the person before an indefinite role, and does not flag the role as anonymous', () => {
    const text = 'Ewa Nowak, a senior official of the dockers\u2019 union, said 450 workers had not been paid since May 2021.';
    expect(sourceOf(text, [['Ewa Nowak', 'person']])).toEqual({ kind: 'named-person', text: 'Ewa Nowak' });
  });

  it('reads "said X" after a quotation only, not after a scare-quoted word', () => {
    const claims = findClaims(docWith('Her \u00AB union \u00BB claims to defend dockers in Gdansk, where it had 300 members in 2015.'));
    expect(claims[0].source.kind).not.toBe('anonymous');
  });

  it('takes no speaker from an infinitive', () => {
    const text = 'Lars Holm was freed on bail and ordered to report to a police station every Monday until the trial in 2024.';
    expect(findClaims(docWith(text, [['Lars Holm', 'person']]))[0].source.kind).not.toBe('named-person');
  });

  it('does not take a passive subject or a place name for a source', () => {
    const text = 'The list, which was mentioned in the minutes, names 14 officers stationed at Port Rashid.';
    expect(sourceOf(text, [['Port Rashid', 'location']])).toEqual({ kind: 'document', text: 'the minutes' });
  });

  it('names the person before an apposition, not the firm in it', () => {
    const text = 'Lena Marsh, the harbour authority\u2019s chief engineer, said two cranes failed on 9 May.';
    expect(sourceOf(text, [['Lena Marsh', 'person'], ['harbour authority', 'organization']])).toEqual({ kind: 'named-person', text: 'Lena Marsh' });
  });

  it('takes the source that closes the sentence', () => {
    const text = 'Fourteen workers were injured in the blast at the Gdynia yard, the regional police said on Tuesday.';
    expect(sourceOf(text)).toEqual({ kind: 'named-organization', text: 'the regional police' });
  });

  it('resolves "he said" to the person named before', () => {
    const text = 'Tomas Brenner runs the depot. He said 17 lorries left the depot on 3 March without papers.';
    const claims = findClaims(docWith(text, [['Tomas Brenner', 'person']]));
    const said = claims.find((c) => c.text.startsWith('He said'));
    expect(said?.source).toMatchObject({ kind: 'named-person', text: 'Tomas Brenner', entity: 'E1' });
  });

  it('reads "it says" as the document or body named just before', () => {
    const text = 'The audit report covers 2016 to 2019. It says the agency paid 3.1 million euros for 40 unused licences.';
    const claims = findClaims(docWith(text));
    expect(claims.at(-1)?.source).toMatchObject({ kind: 'document', text: 'The audit report' });
  });

  it('reads "it describes" as the document, even after a company is named', () => {
    const text = 'The memo went to the board of Kestrel Shipping Ltd in 2016. It describes a payment of 2 million euros in 2015.';
    const claims = findClaims(docWith(text, [['Kestrel Shipping Ltd', 'organization']]));
    expect(claims.at(-1)?.source).toMatchObject({ kind: 'document', text: 'The memo' });
  });

  it('reads "it said" as the body named just before', () => {
    const text = 'The regional court heard the case in May 2021. It said the contract of 2 million euros was void.';
    const claims = findClaims(docWith(text));
    expect(claims.at(-1)?.source).toMatchObject({ kind: 'named-organization', text: 'The regional court' });
  });

  it('leaves a dateline out of the subject', () => {
    const text = 'Gdansk, 4 March 2021 - A leaked audit suggests the yard lost 40 million euros in 2020.';
    expect(sourceOf(text)).toEqual({ kind: 'document', text: 'A leaked audit' });
  });

  it('keeps every source span pointing into the text', () => {
    const text = 'Security sources said \u00AB the deal \u00BB was signed in Bamako on 12 March 2014.';
    const doc = docWith(text);
    for (const c of findClaims(doc)) {
      if (c.source.start !== null && c.source.end !== null) expect(text.slice(c.source.start, c.source.end)).toBe(c.source.text);
      expect(text.slice(c.start, c.end)).toBe(c.text);
    }
  });
});

describe('sources inherited from around a sentence', () => {
  it('gives interview answers to the interviewee introduced before the questions', () => {
    const text = [
      'Farid Haddou, a former port official, spoke to this paper in an interview.',
      '*Who ordered the shipments?',
      '-The port director signed 26 release orders in 2017, and the customs chief approved them.',
      '*Were the cargoes inspected?',
      '-None of the 26 cargoes was inspected before it left Annaba.',
    ].join('\n');
    const claims = findClaims(docWith(text, [['Farid Haddou', 'person']]));
    const answers = claims.filter((c) => c.text.startsWith('-'));
    expect(answers).toHaveLength(2);
    for (const a of answers) expect(a.source).toMatchObject({ kind: 'named-person', text: 'Farid Haddou' });
  });

  it('gives a transcript turn to the person who heads it', () => {
    const text = 'Chair: The committee resumed at ten.\nDr Ines Okoro: We received 14 invoices from the contractor in May 2019.';
    const claims = findClaims(docWith(text, [['Ines Okoro', 'person']]));
    expect(claims.at(-1)?.source).toMatchObject({ kind: 'named-person', text: 'Ines Okoro' });
  });

  it('gives a paragraph after "X told the paper:" to X', () => {
    const text = 'Inspector Rana Vos told the paper:\nThe warehouse in Breda held 3,000 stolen phones in June 2021.';
    const claims = findClaims(docWith(text, [['Rana Vos', 'person']]));
    expect(claims.at(-1)?.source).toMatchObject({ kind: 'named-person', text: 'Rana Vos' });
  });

  it('gives numbered points to the document that carries them', () => {
    const text = 'The seized memorandum lists the tasks agreed at the meeting:\n1. Move the 40 crates to the Sfax depot.\n2. Pay the two drivers 5,000 dinars each.';
    const points = findClaims(docWith(text)).filter((c) => /^\d\./.test(c.text));
    expect(points).toHaveLength(2);
    for (const p of points) expect(p.source).toMatchObject({ kind: 'document', text: 'The seized memorandum' });
  });
});
