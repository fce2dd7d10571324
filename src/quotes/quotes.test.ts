import { describe, expect, it } from 'vitest';
import { Doc } from '../doc/document.js';
import type { Entity } from '../dossier/contract.js';
import { segmentStage } from '../segment/stage.js';
import { quotesStage } from './stage.js';

function quotes(text: string, entities: Entity[] = []) {
  const doc = new Doc({ text });
  segmentStage.run(doc, {});
  doc.entities = entities;
  quotesStage.run(doc, {});
  for (const q of doc.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  return doc.quotes;
}

function entity(id: string, type: Entity['type'], text: string, forms: string[]): Entity {
  const mentions = forms.flatMap((f) => [...text.matchAll(new RegExp(f, 'g'))].map((m) => ({ start: m.index, end: m.index + f.length, text: f })));
  return { id, type, name: forms[0], aliases: forms, mentions, variants: [] };
}

describe('finds quoted speech and who says it', () => {
  const cases: Array<[string, string, string | null]> = [
    // [text, quoted words, speaker as written]
    ['"The ledger was never audited," said Prof Marta Hallberg, who led the review.', 'The ledger was never audited', 'Prof Marta Hallberg'],
    ['"We paid what the invoice asked," the treasurer said on Friday.', 'We paid what the invoice asked', 'the treasurer'],
    ['Oskar Brandt told the Gazette: "The tender was rigged from the start."', 'The tender was rigged from the start.', 'Oskar Brandt'],
    ['According to a spokesman, "the shipment left before the ban took effect."', 'the shipment left before the ban took effect.', 'a spokesman'],
    ['The ministry said it "regrets any confusion caused by the notice".', 'regrets any confusion caused by the notice', 'The ministry'],
    ['\u201CNo contract was signed,\u201D insisted Karim Haddad.', 'No contract was signed', 'Karim Haddad'],
    ['Le maire a r\u00E9pondu. \u00AB We will appeal the ruling next week \u00BB, he added.', 'We will appeal the ruling next week', 'he'],
    ['"Nobody asked me," she wrote in a letter to the board.', 'Nobody asked me', 'she'],
    ['Er sagte: \u201EWir haben nichts unterschrieben und wissen nichts davon.\u201C Dann ging er.', 'Wir haben nichts unterschrieben und wissen nichts davon.', null],
    ['Hon sa: \u201DVi har inte sett kontraktet och vet ingenting om det.\u201D Sedan gick hon.', 'Vi har inte sett kontraktet och vet ingenting om det.', null],
    ['\u2018The agent\u2019s report was never filed,\u2019 said Tom Reid.', 'The agent\u2019s report was never filed', 'Tom Reid'],
    ['A port spokeswoman, Ilse Maas, said on Monday that the berth was "closed for routine dredging".', 'closed for routine dredging', 'Ilse Maas'],
    ['"Every cargo was declared," Ruben Osei, the depot manager, told reporters.', 'Every cargo was declared', 'Ruben Osei'],
    ['Aldo Fermi, a retired judge, who sat on the panel, said the ruling had "no basis in the record".', 'no basis in the record', 'Aldo Fermi'],
    ['An engineer who asked not to be named said the pumps were "never tested at all".', 'never tested at all', 'An engineer'],
    ['"We follow the paper trail": a conversation with investigator Maren Holt', 'We follow the paper trail', 'Maren Holt'],
  ];
  it.each(cases)('%s', (text, words, speaker) => {
    expect(quotes(text).map((q) => [q.text, q.speakerText])).toEqual([[words, speaker]]);
  });

  it('attributes a quotation paragraph to the line before it that ends with a colon', () => {
    const text = 'Former customs officer Lena Varga, to the Courier:\n\u00AB The seals on those crates were forged in our own office \u00BB\nShe left the service in 2019.';
    expect(quotes(text).map((q) => q.speakerText)).toEqual(['Lena Varga']);
  });

  it('gives a quotation that continues an attributed one the same speaker', () => {
    const found = quotes('"The vote was fair," said Nadia Berg, the returning officer. "Every ballot was counted twice."');
    expect(found.map((q) => q.speakerText)).toEqual(['Nadia Berg', 'Nadia Berg']);
  });

  it('keeps a long quotation whose speaker the text does not name', () => {
    const found = quotes('The note ends: "all shipments must be cleared before the inspectors arrive on Monday."');
    expect(found).toHaveLength(1);
  });

  it('does not credit the next sentence with a quotation that already ended', () => {
    const found = quotes('The plan was "a waste of every cent the town has saved." Observers say the vote is close.');
    expect(found.map((q) => q.speakerText)).toEqual([null]);
  });
});

describe('leaves scare quotes and quoted names', () => {
  const cases: Array<[string, string]> = [
    ['a quoted organisation', 'The cell answered to \u00AB Brigade of the Northern Coast \u00BB for years.'],
    ['a one-word scare quote', 'The two sides reached a \u00AB deal \u00BB in the spring.'],
    ['a short phrase', 'They offered "high protection" to the smugglers.'],
    ['a nickname', 'The courier, nicknamed "the Accountant", vanished.'],
    ['a quoted name inside reported speech', 'The officer said he answered to \u00AB Brigade of the Northern Coast \u00BB alone.'],
    ['a name given with "calls it"', 'They attacked the south, which the report calls it \u00AB the Eastern Plain \u00BB again.'],
    ['a quoted name beside a speech verb', 'The officer said "Northern Coast Brigade" twice.'],
    ['a book title', 'He wrote the book "Shadows over the harbour and its old quays" in exile.'],
  ];
  it.each(cases)('%s', (_what, text) => {
    expect(quotes(text)).toEqual([]);
  });
});

describe('links the speaker to an entity', () => {
  it('gives the id of the entity whose mention is the speaker', () => {
    const text = '"Every figure was checked," said Ines Moreau, the auditor.';
    const found = quotes(text, [entity('E1', 'person', text, ['Ines Moreau'])]);
    expect(found.map((q) => [q.speaker, q.speakerText])).toEqual([['E1', 'Ines Moreau']]);
  });

  it('resolves "he said" to the last person named before the quotation', () => {
    const text = 'Tomas Weber denied the report. Pia Lund stayed silent. "I never saw that money," he said.';
    const ents = [entity('E1', 'person', text, ['Tomas Weber']), entity('E2', 'organization', text, ['Pia Lund'])];
    expect(quotes(text, ents).map((q) => q.speaker)).toEqual(['E1']);
  });

  it('resolves "he said" to the subject of the sentence before rather than the last name in it', () => {
    const text = 'Oren Falk said his firm had not dealt with Mr Vidal for years. "We sold that company long ago," he said.';
    const ents = [entity('E1', 'person', text, ['Oren Falk']), entity('E2', 'person', text, ['Mr Vidal'])];
    expect(quotes(text, ents).map((q) => q.speaker)).toEqual(['E1']);
  });

  it('resolves "she said" to the person who spoke in the sentence before', () => {
    const text = "Vidal's counsel, Ana Ruiz, said on Friday that her client would fight the verdict. \"The court overlooked the facts,\" she said.";
    const ents = [entity('E1', 'person', text, ['Vidal']), entity('E2', 'person', text, ['Ana Ruiz'])];
    expect(quotes(text, ents).map((q) => q.speaker)).toEqual(['E2']);
  });

  it('leaves the id empty when no entity covers the speaker', () => {
    expect(quotes('"The files are gone," a clerk said.').map((q) => [q.speaker, q.speakerText])).toEqual([[null, 'a clerk']]);
  });
});
