import { describe, expect, it } from 'vitest';
import { Doc } from '../doc/document.js';
import type { Entity } from '../dossier/contract.js';
import { segmentStage } from '../segment/stage.js';
import { entitiesStage, mentionsStage } from './stage.js';

function analyse(text: string): Doc {
  const doc = new Doc({ text });
  segmentStage.run(doc, {});
  mentionsStage.run(doc, {});
  entitiesStage.run(doc, {});
  return doc;
}

function holding(doc: Doc, form: string): Entity | undefined {
  return doc.entities.find((e) => e.aliases.includes(form));
}

function together(doc: Doc, a: string, b: string): boolean {
  const e = holding(doc, a);
  return e !== undefined && e === holding(doc, b);
}

const MERGE: Array<[string, string, string, string]> = [
  ['Smugglers paid Karim Bensaid, alias « Abu Zakariya al-Tunsi », in cash. Bensaid later fled.', 'Karim Bensaid', 'Abu Zakariya al-Tunsi', 'explicit alias'],
  ['The courier, Omar Haddadi, who is known as « Omar Sayaq », crossed at night.', 'Omar Haddadi', 'Omar Sayaq', 'explicit alias'],
  ['She met « Yusuf Belkacem » and nicknamed « Abu Ilyas » by his men.', 'Yusuf Belkacem', 'Abu Ilyas', 'explicit alias'],
  ['Sergei Voronin signed the lease. Two weeks later Voronin left Riga.', 'Sergei Voronin', 'Voronin', 'surname'],
  ['Dr Lotte Achterberg ran the lab. Dr Achterberg resigned in March.', 'Lotte Achterberg', 'Achterberg', 'title and surname'],
  ['Pieter van der Molen owned the barge. Van der Molen denied it.', 'Pieter van der Molen', 'Van der Molen', 'surname with particles'],
  ['Reza Rezaei-Mehr chaired the board. Months later Reza Rezaeemehr resigned.', 'Reza Rezaei-Mehr', 'Reza Rezaeemehr', 'transliteration'],
  ['Chang Wei-min founded the firm. Investors say Zhang Weimin still runs it.', 'Chang Wei-min', 'Zhang Weimin', 'Wade-Giles and pinyin'],
  ['The Front for the Liberation of the Southern Oases (FLSO) claimed the raid. The FLSO denied it later.', 'Front for the Liberation of the Southern Oases', 'FLSO', 'acronym'],
  ['Fighters of Al-Qaeda in the Arabian Peninsula retreated. Al Qaeda in the Arabian Peninsula said nothing.', 'Al-Qaeda in the Arabian Peninsula', 'Al Qaeda in the Arabian Peninsula', 'organisation spelling'],
  ['The General Directorate for the Surveillance of the Coastal Territory wrote first. The Directorate General for Surveillance of the Coastal Territory replied.', 'General Directorate for the Surveillance of the Coastal Territory', 'Directorate General for Surveillance of the Coastal Territory', 'similar long names'],
];

const APART: Array<[string, string, string]> = [
  ['Hassan Rouhani spoke first. Ali Rouhani, his brother, spoke next.', 'Hassan Rouhani', 'Ali Rouhani'],
  ['Osama bin Laden and Hamza bin Laden were both named.', 'Osama bin Laden', 'Hamza bin Laden'],
  ['Abu Talha al-Masri led the first cell and Abu Ubaida al-Masri the second.', 'Abu Talha al-Masri', 'Abu Ubaida al-Masri'],
  ['The Ministry of Foreign Affairs of Chad and the Ministry of Foreign Affairs of Niger met.', 'Ministry of Foreign Affairs of Chad', 'Ministry of Foreign Affairs of Niger'],
];

describe('merging mentions into entities', () => {
  it.each(MERGE)('merges in %j: %s and %s (%s)', (text, a, b) => {
    expect(together(analyse(text), a, b)).toBe(true);
  });

  it.each(APART)('keeps apart in %j: %s and %s', (text, a, b) => {
    const doc = analyse(text);
    expect(holding(doc, a)).toBeDefined();
    expect(holding(doc, b)).toBeDefined();
    expect(together(doc, a, b)).toBe(false);
  });

  it('leaves a bare surname shared by two full names on its own', () => {
    const doc = analyse('Hassan Rouhani and Ali Rouhani arrived. Rouhani then spoke.');
    const bare = holding(doc, 'Rouhani');
    expect(bare).toBeDefined();
    expect(bare?.aliases).toEqual(['Rouhani']);
  });

  it('names an entity by its fullest form and records why forms merged', () => {
    const doc = analyse('Voronin spoke first. Sergei Voronin then signed.');
    const e = holding(doc, 'Voronin');
    expect(e?.name).toBe('Sergei Voronin');
    expect(e?.variants).toEqual([{ a: 'Sergei Voronin', b: 'Voronin', score: 1, reason: 'surname back-reference' }]);
  });
});

describe('the name-variant flag', () => {
  it('names both spellings of a transliterated name, with one span each', () => {
    const doc = analyse('Sergei Voronin arrived in May. In June, Sergei Voronine left for Minsk.');
    const flags = doc.flags.filter((f) => f.kind === 'name-variant');
    expect(flags).toHaveLength(1);
    expect(flags[0].message).toContain('"Sergei Voronin"');
    expect(flags[0].message).toContain('"Sergei Voronine"');
    expect(flags[0].evidence.map((s) => s.text)).toEqual(['Sergei Voronin', 'Sergei Voronine']);
  });

  it('is not raised for surname back-references or declared aliases', () => {
    const doc = analyse('Karim Bensaid, alias « Abu Zakariya », paid. Bensaid fled.');
    expect(doc.flags.filter((f) => f.kind === 'name-variant')).toEqual([]);
  });
});

describe('back-references that need more than the last word', () => {
  it('takes the first of two Spanish surnames as a back-reference', () => {
    const doc = analyse('Judge Esteban Quintana Robles opened the file. Quintana later closed it.');
    expect(together(doc, 'Esteban Quintana Robles', 'Quintana')).toBe(true);
  });

  it('takes the first word of a Chinese or Korean name as the surname', () => {
    const doc = analyse('Park Hyun-woo founded the lab in 2009. Ten years later, Park sold it.');
    expect(together(doc, 'Park Hyun-woo', 'Park')).toBe(true);
  });

  it('lets a shared title settle which of two namesakes is meant', () => {
    const doc = analyse('Wilhelm Brandauer founded the firm. Dr Konrad Brandauer runs it now. Dr Brandauer declined to comment.');
    expect(together(doc, 'Konrad Brandauer', 'Brandauer')).toBe(true);
    expect(together(doc, 'Wilhelm Brandauer', 'Brandauer')).toBe(false);
  });

  it('joins a first name used alone to the one full name that starts with it', () => {
    const doc = analyse('Hi Joris, thanks for the invoice. Regards, Mirjam Hoekstra\n\nMirjam, I will pay it today. Joris Dijkhuis');
    expect(together(doc, 'Mirjam Hoekstra', 'Mirjam')).toBe(true);
    expect(together(doc, 'Joris Dijkhuis', 'Joris')).toBe(true);
  });

  it('joins the short name of a company, the longest first', () => {
    const doc = analyse('Brightwater Pumpen GmbH won the tender. Brightwater Pumpen said it was pleased, and Brightwater hired staff.');
    expect(together(doc, 'Brightwater Pumpen GmbH', 'Brightwater Pumpen')).toBe(true);
    expect(together(doc, 'Brightwater Pumpen GmbH', 'Brightwater')).toBe(true);
  });

  it('does not make a person of a titled surname that a company also bears', () => {
    const doc = analyse('Falkenrath Trading B.V. paid. Mr Falkenrath said so.');
    expect(together(doc, 'Falkenrath Trading B.V.', 'Falkenrath')).toBe(false);
  });

  it('links a later name back to the person a cue refers to, past a place in between', () => {
    const doc = analyse('Wang Shuren, an engineer in Wuhan, whose name is also spelled Wang Shu-jen in older papers, retired.');
    expect(together(doc, 'Wang Shuren', 'Wang Shu-jen')).toBe(true);
    expect(together(doc, 'Wuhan', 'Wang Shu-jen')).toBe(false);
  });

  it('takes a short name in parentheses after an organisation as its alias', () => {
    const doc = analyse('The permit came from the Authority for Coastal Waters (ACOW). ACOW later withdrew it.');
    expect(together(doc, 'Authority for Coastal Waters', 'ACOW')).toBe(true);
  });
});

describe('places under two names', () => {
  it('joins the short and the full name of a country the table knows', () => {
    const doc = analyse('Talks between the UK and the United Arab Emirates stalled. The United Kingdom blamed the UAE.');
    expect(together(doc, 'UK', 'United Kingdom')).toBe(true);
    expect(together(doc, 'UAE', 'United Arab Emirates')).toBe(true);
    expect(together(doc, 'UK', 'UAE')).toBe(false);
    expect(holding(doc, 'United Kingdom')?.name).toBe('United Kingdom');
  });
});

describe('organisations that only look alike', () => {
  it('keeps bodies of different kinds with the same remit apart', () => {
    const doc = analyse('The Ministry of Water Supply wrote to the Office of Water Supply in May.');
    expect(together(doc, 'Ministry of Water Supply', 'Office of Water Supply')).toBe(false);
  });
});

describe('long texts with many names', () => {
  it('still finds a spelling variant when there are too many names to compare every pair', () => {
    const given = ['Amal', 'Bruno', 'Chiara', 'Dawit', 'Emre', 'Fiona', 'Goran', 'Hana', 'Ilya', 'Jonas', 'Kemal', 'Lena'];
    const family = ['Achebe', 'Brandt', 'Costa', 'Dimitrov', 'Eriksen', 'Fischer', 'Gallo', 'Horvat', 'Ibsen', 'Jovanovic', 'Keller', 'Lund', 'Moreau', 'Nagy'];
    const people: string[] = [];
    for (const g of given) for (const f of family) people.push(`${g} ${f}`);
    const text = `${people.map((p) => `${p} signed.`).join(' ')} Later Yevgeny Tokhtarbekov arrived. The file calls him Evgeny Tokhtarbekov.`;
    const doc = analyse(text);
    expect(new Set(doc.mentions.map((m) => m.text)).size).toBeGreaterThan(150);
    expect(together(doc, 'Yevgeny Tokhtarbekov', 'Evgeny Tokhtarbekov')).toBe(true);
    expect(together(doc, 'Amal Achebe', 'Amal Brandt')).toBe(false);
  });
});

describe('names given twice in one breath', () => {
  it('joins a translated name in parentheses to the organisation before it', () => {
    const doc = analyse('A study by the group Adolat Kuzatuvi (Justice Watch) found gaps.');
    expect(together(doc, 'Adolat Kuzatuvi', 'Justice Watch')).toBe(true);
    expect(holding(doc, 'Adolat Kuzatuvi')?.type).toBe('organization');
  });

  it('keeps the capital of a particle that opens a sentence', () => {
    const doc = analyse('Pieter van der Molen owned the barge. Van der Molen denied it.');
    expect(together(doc, 'Pieter van der Molen', 'Van der Molen')).toBe(true);
  });
});

describe('cues at the end of an appositive', () => {
  it('renames the person the appositive is about, not the possessor inside it', () => {
    const doc = analyse('Orders came from Tomasz Wierzba, Baltmar Shipping\'s fleet manager, known to the crews as "Stary", the old one.');
    expect(together(doc, 'Tomasz Wierzba', 'Stary')).toBe(true);
    expect(together(doc, 'Baltmar Shipping', 'Stary')).toBe(false);
  });
});

describe('offices and short family names', () => {
  it('reads "Secretary of State" as an office and a two-letter family name as a back-reference', () => {
    const doc = analyse('Secretary of State Antony Blinken met Xi Jinping. Later, Xi thanked Blinken.');
    expect(together(doc, 'Antony Blinken', 'Blinken')).toBe(true);
    expect(together(doc, 'Xi Jinping', 'Xi')).toBe(true);
    expect(holding(doc, 'Xi')?.variants[0]?.reason).toBe('surname back-reference');
  });
});
