import { describe, expect, it } from 'vitest';
import { findClaims } from '../claims/stage.js';
import type { EntityType } from '../dossier/contract.js';
import { docWith } from './testdoc.js';
import { analyzeText } from '../pipeline/run.js';

function sourceOf(text: string, names: Array<[string, EntityType]> = []) {
  const claims = findClaims(docWith(text, names));
  expect(claims.length).toBeGreaterThan(0);
  const { kind, text: said } = claims[claims.length - 1].source;
  return { kind, text: said };
}

describe('the subject of a speech verb across commas', () => {
  it('skips an example after the subject', () => {
    const text = 'Many dockers, such as the crane driver Piotr Nowak, said the port had cut 500 jobs since 2019.';
    expect(sourceOf(text, [['Piotr Nowak', 'person']])).toEqual({ kind: 'anonymous', text: 'Many dockers' });
  });

  it('takes the noun before an aside that withholds it', () => {
    const text = 'Two nurses, who asked not to be named for fear of dismissal, said 12 beds were closed in 2022.';
    expect(sourceOf(text).kind).toBe('anonymous');
    expect(sourceOf(text).text).toMatch(/^Two nurses, who asked not to be named/);
    const aside = 'A clerk at the registry, speaking anonymously, said 40 files vanished in 2018.';
    expect(sourceOf(aside).text).toMatch(/^A clerk at the registry, speaking anonymously/);
  });

  it('names the person before a definite role', () => {
    const text = 'Rui Almeida, the deputy governor, told the assembly that the bank lost 70 million euros in 2020.';
    expect(sourceOf(text, [['Rui Almeida', 'person']])).toEqual({ kind: 'named-person', text: 'Rui Almeida' });
  });

  it('keeps the role when no name stands before it', () => {
    expect(sourceOf('In March, the deputy governor said the bank lost 70 million euros in 2020.')).toEqual({ kind: 'named-person', text: 'the deputy governor' });
  });

  it('does not split a subject at the comma of a number, nor take what a relative clause mentions', () => {
    expect(sourceOf('The bottling company, which employs 2,300 people, said exports fell 15 per cent in 2021.')).toEqual({ kind: 'named-organization', text: 'The bottling company' });
  });

  it('types a name followed by "which" as a body', () => {
    expect(sourceOf('Vesterholm Tannery, which is based in Aarhus, said it paid 600,000 kroner in fines in 2019.').kind).toBe('named-organization');
  });
});

describe('the author', () => {
  it('hears the author in "let us" and "me" outside quotations', () => {
    expect(sourceOf('Let us be honest: the 2 billion euro bridge was never needed.').kind).toBe('author');
  });
});

describe('continued attributions', () => {
  it('gives "they added" the source of the claim just before', () => {
    const text = 'Auditors said the agency overspent by 14 million euros in 2021. They added that 6 contracts had no tender at all.';
    const claims = findClaims(docWith(text));
    expect(claims.map((c) => c.source.text)).toEqual(['Auditors', 'Auditors']);
  });

  it('does not carry a source over to a "they" far from it', () => {
    const text = 'Auditors said the agency overspent by 14 million euros in 2021. The port handled 2 million containers in 2022. They added that 6 contracts had no tender at all.';
    const last = findClaims(docWith(text)).at(-1)!;
    expect(last.source.text).not.toBe('Auditors');
  });

  it('takes the writer of "his ruling" rather than the ruling', () => {
    const text = 'In his ruling, Judge Tomas Varga wrote that the ministry hid 11 reports between 2015 and 2017.';
    expect(sourceOf(text, [['Tomas Varga', 'person']])).toEqual({ kind: 'named-person', text: 'Tomas Varga' });
  });
});


describe('numbered points', () => {
  it('gives a first-person point of an unnamed paper to its writer', () => {
    const text = 'Findings\n\n1. We found 14 invoices without a purchase order in 2020.\n\n2. The supplier was paid 80,000 euros twice in May 2020.';
    const claims = findClaims(docWith(text));
    expect(claims.map((c) => c.source.kind)).toEqual(['author', 'document']);
  });

  it('looks for the paper of a list before the list, not inside an earlier point', () => {
    const text = 'Points\n\n1. The fee was 40,000 euros in 2019. The audit said so.\n\n2. The adviser asked twice in 2020 that the contract be signed.';
    expect(findClaims(docWith(text)).at(-1)!.source.text).not.toBe('The audit');
  });
});

describe('a paper as a long subject', () => {
  it('takes a report with its publisher and an apposition as the subject', () => {
    const text = 'A survey released in June by the Coastal Health Trust, a charity in Bergen, found that 22 per cent of trawler crews were injured in 2023.';
    expect(sourceOf(text).kind).toBe('document');
    expect(sourceOf(text).text).toMatch(/^A survey/);
  });
});

describe('reported through an outlet or a paper', () => {
  it('takes the person quoted, not the outlet quoting', () => {
    const text = 'Lars Mikkelsen was quoted by a local paper as saying that 70 fishermen lost their licences in 2021.';
    expect(sourceOf(text, [['Lars Mikkelsen', 'person']])).toEqual({ kind: 'named-person', text: 'Lars Mikkelsen' });
  });

  it('reads "per the contract" as the contract, and "per cent" as nothing', () => {
    expect(sourceOf('Per the lease, the tenant pays 9 per cent of turnover to the port until 2035.')).toEqual({ kind: 'document', text: 'the lease' });
    expect(sourceOf('Rents rose 9 per cent in 2023 and 14 per cent in 2024.').kind).not.toBe('document');
  });
});

describe('quotations that run on', () => {
  it('gives a quoted paragraph with no speaker to the speaker just before', () => {
    const text = 'Ines Moreau, a nurse at the clinic, said 30 beds were closed in 2021.\n\n"The ministry cut the budget by 40 per cent in 2022 and closed 3 wards in Lyon."';
    expect(analyzeText({ text }).claims.map((c) => c.source.text)).toEqual(['Ines Moreau', 'Ines Moreau']);
  });

  it('reads "puts the cost at" as what a paper says', () => {
    const text = 'An internal memo dated 4 May, however, puts the cost of the bridge at 90 million euros.';
    expect(sourceOf(text)).toEqual({ kind: 'document', text: 'An internal memo' });
  });
});
