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
  ['Jordanian officials and Iraqi diplomats met Kenyan-Somali traders.', ['Jordanian', 'Iraqi', 'Kenyan-Somali']],
  ['The file carries the number 392 / R.T.D and was sealed.', ['R.T.D']],
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
    expect(mentions('Later Mr Usmonov denied it.')).toContainEqual(['Usmonov', 'person']);
  });

  it('strips a possessive from the name', () => {
    expect(mentions("It was Morocco's decision.")).toContainEqual(['Morocco', 'location']);
  });
});

describe('company forms, compounds and wrapped lines', () => {
  const TABLE: Array<[string, string, string]> = [
    ['The crane came from Fonderie Lago Nero S.p.A. last year.', 'Fonderie Lago Nero S.p.A.', 'organization'],
    ['Invoices went to Borealis Sonotech Co., Ltd. in March.', 'Borealis Sonotech Co., Ltd.', 'organization'],
    ['The fee was paid to Fjordvind A/S on time.', 'Fjordvind A/S', 'organization'],
    ['A shell called Transportes Albarrán 2014 S.L. received it.', 'Transportes Albarrán 2014 S.L.', 'organization'],
    ["The Danish Shipowners' Association objected.", "Danish Shipowners' Association", 'organization'],
    ['Patients were moved to St. Agnes Mission Hospital overnight.', 'St. Agnes Mission Hospital', 'facility'],
    ['Guards at the Zintara oil complex were paid.', 'Zintara oil complex', 'facility'],
    ['Ruth Ndegwa MP asked the first question.', 'Ruth Ndegwa', 'person'],
    ['Her lawyer, Maître Solène Garnier, declined.', 'Solène Garnier', 'person'],
  ];
  it.each(TABLE)('reads %j', (text, name, type) => {
    expect(mentions(text)).toContainEqual([name, type]);
  });

  it('takes the place out of "Nairobi-based" and leaves the company', () => {
    const found = mentions('The Nairobi-based Kestrel Medical Supplies Ltd. won.');
    expect(found).toContainEqual(['Nairobi', 'location']);
    expect(found.map(([t]) => t)).toContain('Kestrel Medical Supplies Ltd.');
  });

  it('keeps two names joined by "and" apart unless a keyword heads the first', () => {
    const found = mentions('Staff from Facebook and WhatsApp met the Jihadist Group for Justice and Reform.').map(([t]) => t);
    expect(found).toEqual(expect.arrayContaining(['Facebook', 'WhatsApp', 'Jihadist Group for Justice and Reform']));
  });

  it('reads a name across a soft line break in hard-wrapped text', () => {
    const line = 'This line is written to be about sixty-five characters long, ok.';
    const text = `${line}\n${line}\n${line}\nThe eleven invoices from the company Waalkade Bunker\nServices BV that you flagged were approved.\n${line}\n${line}\n`;
    expect(mentions(text).map(([t]) => t.replace(/\s+/g, ' '))).toContain('Waalkade Bunker Services BV');
  });
});

describe('headlines', () => {
  it('does not fold the ordinary words of a title-case headline into a name', () => {
    const found = mentions('Veltrano Sonotech Launches New Portable Scanner\n\nVeltrano Sonotech Co., Ltd. said on Tuesday it would sell the scanner.').map(([t]) => t);
    expect(found).toContain('Veltrano Sonotech');
    expect(found.some((t) => t.includes('Launches'))).toBe(false);
  });
});

describe('where a name ends', () => {
  it('ends a company name at its legal form when a sentence follows', () => {
    expect(mentions('The fee went to Harrowgate Holdings B.V. It was never repaid.')).toContainEqual(['Harrowgate Holdings B.V.', 'organization']);
  });

  it('reads a legal form with a trailing dot as a company keyword', () => {
    expect(mentions('Counsel came from Brandt & Visser LLP. on Monday.')).toContainEqual(['Brandt & Visser LLP.', 'organization']);
  });

  it('reads capitals glued to a number by a dash as part of a code, not a name', () => {
    expect(mentions('Case file QRX-2020/118 was reopened in Utrecht.').map((m) => m[0])).not.toContain('QRX');
  });

  it('leaves the full stop of a sentence ending in an acronym legal form outside the name', () => {
    expect(mentions('Counsel came from Brandt & Visser LLP. The firm declined to comment.')).toContainEqual(['Brandt & Visser LLP', 'organization']);
  });
});

describe('compound adjectives', () => {
  it.each([
    ['The AI-assisted review found nothing.', 'AI-assisted'],
    ['Kremlin-backed groups organised the rally.', 'Kremlin-backed'],
  ])('does not take %j for a name', (text, word) => {
    expect(mentions(text).map(([t]) => t)).not.toContain(word);
  });

  it('keeps the place of a place compound', () => {
    expect(mentions('A Russia-linked firm bought it.')).toContainEqual(['Russia', 'location']);
  });
});

describe('interview transcripts and notices', () => {
  it('takes neither speaker letters nor opening adverbs for names', () => {
    const found = mentions('Q: Did you meet him?\nA: Honestly, no. Copyright 2020 Lagos Courier.').map(([t]) => t);
    expect(found).not.toContain('Q');
    expect(found).not.toContain('A');
    expect(found).not.toContain('Honestly');
    expect(found).not.toContain('Copyright');
  });

  it('lets a keyword after "and" hold both halves of a body\'s name', () => {
    expect(mentions('The Economic and Financial Crimes Commission charged him.')).toContainEqual(['Economic and Financial Crimes Commission', 'organization']);
  });
});

describe('datelines and nouns that name a kind of body', () => {
  it('reads a dateline in capitals as the place', () => {
    expect(mentions('NEW YORK (AP) — Officials met.')).toContainEqual(['NEW YORK', 'location']);
    expect(mentions('TEHRAN - Talks resumed.')).toContainEqual(['TEHRAN', 'location']);
  });

  it('types a name followed by "foundation" or "group" as a body', () => {
    expect(mentions('He ran the Bonyad Tavon foundation for years.')).toContainEqual(['Bonyad Tavon', 'organization']);
  });
});

describe('text in capitals', () => {
  it('does not run a shouted sentence into one name', () => {
    const found = mentions('THE COUNCIL MET IN KABUL ON MONDAY WITH AHMAD ZIA MASSOUD.');
    expect(found).toContainEqual(['KABUL', 'location']);
    expect(found).toContainEqual(['AHMAD ZIA MASSOUD', 'person']);
    expect(found.map(([t]) => t)).not.toContain('MONDAY');
  });

  it('keeps a known acronym that reads like a pronoun', () => {
    expect(mentions('Officials at the WHO agreed.')).toContainEqual(['WHO', 'organization']);
  });
});
