import { describe, expect, it } from 'vitest';
import { analyse, holding, together } from './test-helpers.js';

describe('a title and a surname point back at the full name', () => {
  const cases: Array<[string, string, string]> = [
    ['Grace Achieng Odhiambo runs the cooperative. Ms Odhiambo said prices fell.', 'Grace Achieng Odhiambo', 'Ms Odhiambo'],
    ['The broker, Jan-Willem Van Damme, refused. Mr Van Damme later paid the fine.', 'Jan-Willem Van Damme', 'Mr Van Damme'],
    ['The auditor Jeon Min-seok wrote the memo. Mr Jeon was dismissed a week later.', 'Jeon Min-seok', 'Mr Jeon'],
    ['Officials named the pilot as Nam Hye-jin. Ms Nam had flown the route for years.', 'Nam Hye-jin', 'Ms Nam'],
    ['The farmer Tobias Young sold the land. Mr Young kept the barn.', 'Tobias Young', 'Mr Young'],
  ];
  for (const [text, full, short] of cases) {
    it(`${short} joins ${full}`, () => {
      expect(together(analyse(text), full, short)).toBe(true);
    });
  }

  it('keeps a titled surname apart when two full names end with it', () => {
    const doc = analyse('Daniel Osei Mensah and Ruth Abena Mensah both signed. Mr Mensah left early.');
    expect(together(doc, 'Daniel Osei Mensah', 'Ruth Abena Mensah')).toBe(false);
    expect(together(doc, 'Ruth Abena Mensah', 'Mr Mensah')).toBe(false);
  });

  it('takes a name with a capitalised particle inside for a person, and its surname back', () => {
    const doc = analyse('The notary, Karel-Jan Van Loock, stamped the deed. Later, Van Loock denied it.');
    expect(holding(doc, 'Karel-Jan Van Loock')?.type).toBe('person');
    expect(together(doc, 'Karel-Jan Van Loock', 'Van Loock')).toBe(true);
  });

  it('keeps a body with a particle in its name a body', () => {
    expect(holding(analyse('The Anna Van Dijk Foundation paid the fees.'), 'Anna Van Dijk Foundation')?.type).toBe('organization');
  });

  it('finds a common-word surname after a courtesy title opening a sentence', () => {
    expect(holding(analyse('Mr Park declined to comment on the contract.'), 'Park')?.type).toBe('person');
  });

  it('does not take an ordinary word after an office title for a name', () => {
    expect(holding(analyse('Chief Executive pay rose again this year.'), 'Executive')).toBeUndefined();
  });
});
