import { describe, expect, it } from 'vitest';
import { analyse, holding, together } from './test-helpers.js';

describe('long organisation names are found whole', () => {
  const whole: Array<[string, string]> = [
    ['Inspectors from the Ministry of Fisheries, Ports and Maritime Affairs visited the quay.', 'Ministry of Fisheries, Ports and Maritime Affairs'],
    ['The Agency for Transparency, Integrity and Fight against Fraud opened a file.', 'Agency for Transparency, Integrity and Fight against Fraud'],
    ['A letter from the Ministry of Health, Labour, and Welfare arrived late.', 'Ministry of Health, Labour, and Welfare'],
    ['The Attorney General\'s Office refused the request.', "Attorney General's Office"],
    ['The case went to the Anti-Fraud Prosecutor\'s Office in March.', "Anti-Fraud Prosecutor's Office"],
    ['Members of the Lake Transport and General Workers Union stopped work.', 'Lake Transport and General Workers Union'],
    ['The Institute for Research on Soil published the figures.', 'Institute for Research on Soil'],
    ["Samples went to the Institut National d'Analyse et d'Essais for testing.", "Institut National d'Analyse et d'Essais"],
    ['The contract went to Dravograd Gradnja d.o.o. without a tender.', 'Dravograd Gradnja d.o.o.'],
    ['A team from the National Seismology Laboratory measured the tremor.', 'National Seismology Laboratory'],
  ];
  for (const [text, name] of whole) {
    it(name, () => {
      expect(holding(analyse(text), name)?.type).toBe('organization');
    });
  }

  it('stops at a comma when the list names other bodies', () => {
    const doc = analyse('The statement was signed by the Ministry of Finance, Oxfam and Amnesty.');
    expect(holding(doc, 'Ministry of Finance')).toBeDefined();
    expect(together(doc, 'Ministry of Finance', 'Oxfam')).toBe(false);
  });

  it("keeps a country apart from the body it owns", () => {
    const doc = analyse("Norway's Office of Fisheries Control issued the fine.");
    expect(holding(doc, 'Office of Fisheries Control')).toBeDefined();
    expect(holding(doc, 'Norway')?.type).toBe('location');
  });

  it('keeps a place after "in" apart from the body', () => {
    expect(holding(analyse('The Commission in Brussels declined to comment.'), 'Brussels')?.type).toBe('location');
  });
});
