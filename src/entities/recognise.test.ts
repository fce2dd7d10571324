import { describe, expect, it } from 'vitest';
import { Doc } from '../doc/document.js';
import { segmentStage } from '../segment/stage.js';
import { mentionsStage } from './stage.js';

function mentions(text: string): Array<[string, string]> {
  const doc = new Doc({ text });
  segmentStage.run(doc, {});
  mentionsStage.run(doc, {});
  return doc.mentions.map((m) => [m.text, m.type]);
}

const FINDS: Array<[string, Array<[string, string]>]> = [
  ['Investigators met Mansour al-Ubaidi in Basra last week.', [['Mansour al-Ubaidi', 'person'], ['Basra', 'location']]],
  ['The ledger was signed by Pieter van der Molen and Anouk de Vries.', [['Pieter van der Molen', 'person'], ['Anouk de Vries', 'person']]],
  ['Police in Culiacan said Joaquín Guzmán Loera had left.', [['Culiacan', 'location'], ['Joaquín Guzmán Loera', 'person']]],
  ['A letter reached King Abdullah II before the summit.', [['Abdullah II', 'person']]],
  ['Staff at the Ministry of Foreign Affairs refused to comment.', [['Ministry of Foreign Affairs', 'organization']]],
  ['The cell swore loyalty to the Front for Unity and Justice in the Western Sahel in 2012.', [['Front for Unity and Justice in the Western Sahel', 'organization']]],
  ['Police in Culiacan said Al-Qaeda in Iraq had claimed it.', [['Culiacan', 'location'], ['Al-Qaeda in Iraq', 'organization']]],
  ['The payments went through Harbourline Holdings B.V. in Rotterdam.', [['Harbourline Holdings B.V.', 'organization'], ['Rotterdam', 'location']]],
  ['They stayed at the Ocean Breeze Hotel on Harbour Road.', [['Ocean Breeze Hotel', 'facility'], ['Harbour Road', 'facility']]],
  ['He was held in Evin prison for two years.', [['Evin prison', 'facility']]],
  ['The leaflet praised « Karim Bensaid » and his men.', [['Karim Bensaid', 'person']]],
  ['Dr. Lotte Achterberg examined the samples.', [['Lotte Achterberg', 'person']]],
  ['Fighters crossed from the Kidal region overnight.', [['Kidal', 'location']]],
];

const SKIPS: Array<[string, string[]]> = [
  ['Document stated that the transfer was late.', ['Document']],
  ['The Hidden Ledger\nOfficials denied everything.', ['The Hidden Ledger', 'Hidden Ledger', 'Officials']],
  ['Former officer Karim Bensaid spoke on Monday in May.', ['Former', 'Monday', 'May']],
  ['Moroccan officials and Iraqi diplomats met Tunisian-Libyan traders.', ['Moroccan', 'Iraqi', 'Tunisian-Libyan']],
  ['The file carries the number 745 / K.M.S and was sealed.', ['K.M.S']],
  ['Dangerous Intelligence document leaked.', ['Dangerous Intelligence', 'Intelligence']],
];

describe('mention recognition', () => {
  it.each(FINDS)('finds the names in %j', (text, expected) => {
    const found = mentions(text);
    for (const e of expected) expect(found).toContainEqual(e);
  });

  it.each(SKIPS)('does not take ordinary capitalised words for names in %j', (text, absent) => {
    const found = mentions(text).map(([t]) => t);
    for (const a of absent) expect(found).not.toContain(a);
  });

  it('keeps a title out of the name but knows the name is a person', () => {
    expect(mentions('Later Mr Nazarov denied it.')).toContainEqual(['Nazarov', 'person']);
  });

  it('strips a possessive from the name', () => {
    expect(mentions("It was Morocco's decision.")).toContainEqual(['Morocco', 'location']);
  });
});
