import { describe, expect, it } from 'vitest';
import { bruteForce } from './brute-force.js';
import { NameIndex, type IndexedName } from './name-index.js';

const GIVEN = ['Karim', 'Nabil', 'Samir', 'Youssef', 'Oleg', 'Dmitri', 'Liu', 'Jose', 'Hossein', 'Amina'];
const FAMILY = ['Zerhouni', 'Benmoussa', 'Lahlou', 'Baranov', 'Kuzmichev', 'Xiaoming', 'Munoz', 'Tabrizi', 'Bel Hadj', 'Ouattabi'];

/** Every given name with every family name, some also written another way. */
function list(): IndexedName[] {
  const names: IndexedName[] = [];
  let entry = 0;
  for (const g of GIVEN) {
    for (const f of FAMILY) {
      names.push({ text: `${g} ${f}`, entry });
      if (entry % 3 === 0) names.push({ text: `${f.toUpperCase()}, ${g}`, entry });
      entry++;
    }
  }
  return names;
}

const QUERIES = ['Carim Zerhouny', 'Nabil Benmousa', 'Oleg Baranoff', 'Samir Belhadj', 'Hosein Tabrizi', 'Liu Hsiao-ming', 'Amina Wattabi', 'Dmitri Kusmitschew', 'Youssef', 'Jane Doe'];

describe('NameIndex', () => {
  const index = new NameIndex(list());

  it('returns what scoring every name returns', () => {
    const brute = bruteForce(index, QUERIES);
    QUERIES.forEach((q, i) => {
      const found = index.search(q).map((c) => [c.entry, c.comparison.score]);
      expect(found, q).toEqual(brute[i].map((c) => [c.entry, c.comparison.score]));
    });
  });

  it('ranks the entry spelled another way first and explains the match', () => {
    const [best] = index.search('Oleg Baranoff');
    expect(index.name(best.name).text).toMatch(/Oleg Baranov|BARANOV, Oleg/);
    expect(best.comparison.explanation).toContain('baranov');
  });

  it('finds nothing for an unrelated name or a lone given name', () => {
    expect(index.search('Jane Doe')).toEqual([]);
    expect(index.search('Youssef')).toEqual([]);
  });

  it('finds what only a second edit, a misspelt join or an initial links, as scoring every name does', () => {
    const hard = new NameIndex([
      { text: 'Moussa Coulibaly', entry: 0 },
      { text: 'Gao Xin-yan', entry: 1 },
      { text: 'Hassan S. Mousavi', entry: 2 },
      { text: 'Mokhtar Bel Mokhtar', entry: 3 },
      ...list().map((n) => ({ ...n, entry: n.entry + 4 })),
    ]);
    const queries = ['Moussa Cilibaly', 'Gao Xiuian', 'Hasan Shirazi', 'Mokhtar Belmokhtr'];
    const brute = bruteForce(hard, queries);
    queries.forEach((q, i) => {
      const found = hard.search(q).map((c) => [c.entry, c.comparison.score]);
      if (q !== 'Hasan Shirazi') expect(found.length, q).toBeGreaterThan(0);
      expect(found, q).toEqual(brute[i].map((c) => [c.entry, c.comparison.score]));
    });
  });
});
