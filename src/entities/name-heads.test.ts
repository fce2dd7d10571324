import { describe, expect, it } from 'vitest';
import { analyse, holding, together } from './test-helpers.js';

describe('a lower-case particle after a title belongs to the surname', () => {
  const cases: Array<[string, string, string]> = [
    ['The surveyor Maarten van der Zwaan signed the plan. Mr van der Zwaan later left the firm.', 'Maarten van der Zwaan', 'Mr van der Zwaan'],
    ['Lucas de Groot chaired the board until March. Dr de Groot resigned after the audit.', 'Lucas de Groot', 'Dr de Groot'],
    ['Ines dos Santos wrote the complaint. Ms dos Santos asked for the records twice.', 'Ines dos Santos', 'Ms dos Santos'],
  ];
  for (const [text, full, titled] of cases) {
    it(`${titled} keeps its particle and joins ${full}`, () => {
      const doc = analyse(text);
      expect(together(doc, full, titled)).toBe(true);
      const surname = titled.split(' ').slice(1).join(' ');
      expect(holding(doc, full)?.aliases).toContain(surname);
      expect(holding(doc, full)?.aliases).not.toContain(surname.split(' ').pop());
    });
  }
});

describe('the word that heads a name decides its type', () => {
  it('takes a name ending in a body keyword for that body, whatever starts it', () => {
    const doc = analyse('The Port of Halden Authority said on Monday that it would answer the questions.');
    expect(holding(doc, 'Port of Halden Authority')?.type).toBe('organization');
  });

  it('takes a newspaper named after a harbour for a newspaper', () => {
    const doc = analyse('The documents were seen by the Harbour Chronicle, which published them on Friday.');
    expect(holding(doc, 'Harbour Chronicle')?.type).toBe('organization');
  });

  it('types a port and its authority, merged, by the fuller name', () => {
    const doc = analyse('The head of the Port of Halden\'s customs office was named. Later the Port of Halden Authority denied the claims.');
    expect(together(doc, 'Port of Halden', 'Port of Halden Authority')).toBe(true);
    expect(holding(doc, 'Port of Halden Authority')?.type).toBe('organization');
  });

  it('still takes a hotel or a port alone for a facility', () => {
    const doc = analyse('They met at the Hotel Vesterhavn before the ship left the Port of Halden for Oslo.');
    expect(holding(doc, 'Hotel Vesterhavn')?.type).toBe('facility');
  });
});
