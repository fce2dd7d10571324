import { describe, expect, it } from 'vitest';
import { analyse, holding, together } from './test-helpers.js';

describe('nicknames in quotes are another name of the person', () => {
  const cases: Array<[string, string, string]> = [
    ['The fixer Samir Ouali, nicknamed « Needle », was released on bail.', 'Samir Ouali', 'Needle'],
    ['Customs officers stopped Marta Ionescu, known as "the Accountant", at the border.', 'Marta Ionescu', 'Accountant'],
    ["Colleagues dubbed Henrik Aalto 'Hammer' after the strike.", 'Henrik Aalto', 'Hammer'],
  ];
  for (const [text, name, nick] of cases) {
    it(`${nick} joins ${name}`, () => {
      expect(together(analyse(text), name, nick)).toBe(true);
    });
  }

  it('does not make a quoted word a name without a naming cue', () => {
    expect(holding(analyse('The minister called the plan a "Disaster" for farmers.'), 'Disaster')).toBeUndefined();
  });

  it('does not make a place the same as the building its people nickname', () => {
    const doc = analyse('Detainees were held in the Karam military compound, known to guards as "the Oven", for weeks.');
    expect(together(doc, 'Karam military compound', 'Oven')).toBe(false);
  });
});

describe('an acronym in parentheses after a name is its other name, whatever its letters', () => {
  const cases: Array<[string, string, string]> = [
    ['The Agency for the Ports of the Gulf of Cadiz (APGC) approved the berth. APGC later withdrew.', 'Agency for the Ports of the Gulf of Cadiz', 'APGC'],
    ['The National Materials Laboratory (LNEM) tested the steel.', 'National Materials Laboratory', 'LNEM'],
    ["Staff at the Inspector General's Office (OIGA) were questioned.", "Inspector General's Office", 'OIGA'],
    ['The Ministry of Water, Forests and Fisheries (MEFP) signed the decree.', 'Ministry of Water, Forests and Fisheries', 'MEFP'],
    ['The Harbour of Split Authority (LUS) objected.', 'Harbour of Split Authority', 'LUS'],
  ];
  for (const [text, name, acronym] of cases) {
    it(`${acronym} joins ${name}`, () => {
      expect(together(analyse(text), name, acronym)).toBe(true);
    });
  }

  it("keeps a country's code and a wire agency apart from a place", () => {
    expect(together(analyse('Factory workers in Leeds (UK) went on strike.'), 'Leeds', 'UK')).toBe(false);
    expect(together(analyse('NAIROBI (AFP) - The talks collapsed on Friday.'), 'NAIROBI', 'AFP')).toBe(false);
  });
});
