import { describe, expect, it } from 'vitest';
import { compareNames, MATCH_THRESHOLD } from './compare.js';

const same: Array<[string, string, string]> = [
  ['Karim Benmoussa', 'KARIM BENMOUSSA', 'case'],
  ['José Ángel Muñoz', 'Jose Angel Munoz', 'accents'],
  ['Dr. Samir Lahlou', 'Samir Lahlou', 'title'],
  ['Sheikh Idris Ouattabi', 'Idris Ouattabi', 'honorific'],
  ['OUATTABI, Idris', 'Idris Ouattabi', 'family name first with a comma'],
  ['Abdelkrim Zerhouni', 'Abd al-Karim Zerhouni', 'Abdel joined / Abd al- split'],
  ['Abdoulkader Tahiri', 'Abdul Kader Tahiri', 'Abdoul / Abdul'],
  ['Abou Talha Belkadi', 'Abu Talha Belkadi', 'Abou / Abu'],
  ['Samir Belhadj', 'Samir Bel Hadj', 'joined particle'],
  ['Mounir al-Harrachi', 'Mounir el-Harrachi', 'al- / el-'],
  ['Mohamed Tlemsani', 'Muhammad Tlemsani', 'Mohamed / Muhammad'],
  ['Omar Kaddouri', 'Omar Qaddouri', 'K / Q'],
  ['Youssef Khellaf', 'Yusuf Khellaf', 'ou / u'],
  ['Djaafar Lounis', 'Jaafar Lounis', 'dj / j'],
  ['Hossein Tabrizi', 'Hosein Tabrizi', 'doubled letters'],
  ['Ghasem Nourbakhsh', 'Qasem Nourbakhsh', 'Persian gh / q'],
  ['Dmitri Kuzmichev', 'Dmitri Kusmitschew', 'German -tsch- and -ew'],
  ['Oleg Baranov', 'Oleg Baranoff', 'French -off'],
  ['Aleksei Zhdanov', 'Alexei Zhdanov', 'ks / x'],
  ['Liu Xiaoming', 'Liu Hsiao-ming', 'pinyin x / Wade-Giles hs'],
  ['Zhang Jianguo', 'Chang Chien-kuo', 'pinyin / Wade-Giles'],
  ['Pak Song-chol', 'Pak Song Chol', 'Korean hyphen'],
  ['Tarek Benslimane', 'Tarek Benslimnae', 'swapped letters'],
  ['Грigorii Сорокин'.replace('Грig', 'Григ'), 'Grigorii Sorokin', 'Cyrillic'],
  ['سمير بلحاج', 'Samir Belhadj', 'Arabic script'],
  ['金铁山', '金铁山', 'Chinese characters, which have no Latin spelling here'],
  ['SONGRIM TRADING COMPANY LTD.', 'Songrim Trading', 'legal forms closing a name, whatever its kind'],
];

const different: Array<[string, string, string]> = [
  ['Karim Benmoussa', 'Nabil Benmoussa', 'same family name, different given name'],
  ['Idris Ouattabi', 'Idris Ouazzani', 'same given name, different family name'],
  ['Tarek bin Salem', 'Khalil bin Salem', 'brothers: son of the same father'],
  ['Kang Chol', 'Kang Myong Chol', 'half of a Korean two-syllable given name'],
  ['Hasan Shirazi', 'Hassan S. Mousavi', 'a family name met only by a middle initial, the other family name unmatched'],
  ['Samir Lahlou', 'Yassine Samir Lahlou', 'son carrying his father\'s name'],
  ['Abu Talha Belkadi', 'Abu Anas Belkadi', 'two kunyas'],
  ['Lahlou', 'Samir Lahlou', 'one word against a full name'],
  ['Li Wen', 'Li Wei', 'short Chinese given names'],
  ['Oleg Baranov', 'Oleg Baranovsky', 'longer family name sharing the start'],
  ['Pak Chol', 'Pak Song-chol', 'half of a hyphenated given name'],
  ['Samir Zerrouki', 'Samir Ferrouki', 'different first letter of the family name'],
];

describe('compareNames', () => {
  it.each(same)('matches %s / %s (%s)', (a, b) => {
    const r = compareNames(a, b);
    expect(r.match, r.explanation).toBe(true);
    expect(r.score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
  });

  it.each(different)('keeps apart %s / %s (%s)', (a, b) => {
    const r = compareNames(a, b);
    expect(r.match, r.explanation).toBe(false);
  });

  it('is symmetric on these examples', () => {
    for (const [a, b] of [...same, ...different]) expect(compareNames(a, b).match).toBe(compareNames(b, a).match);
  });

  it('explains which words aligned and by which rule', () => {
    const r = compareNames('Tarek Benslimane', 'Tarek Benslimnae');
    expect(r.aligned).toEqual([
      { a: 'tarek', b: 'tarek', how: 'exact' },
      expect.objectContaining({ a: 'benslimane', b: 'benslimnae' }),
    ]);
    expect(r.explanation).toContain('benslimane~benslimnae');
  });

  it('drops legal forms from organisation names', () => {
    expect(compareNames('Nordlicht Reederei GmbH', 'Nordlicht Reederei', { kind: 'organization' }).match).toBe(true);
    expect(compareNames('Tamarind Freight B.V.', 'TAMARIND FREIGHT BV', { kind: 'organization' }).match).toBe(true);
    expect(compareNames('Kestrel Minerals Aktiengesellschaft', 'Kestrel Minerals AG', { kind: 'organization' }).match).toBe(true);
    expect(compareNames('Kestrel Minerals AG', 'Falcon Minerals AG', { kind: 'organization' }).match).toBe(false);
  });

  it('scores an empty name as no match', () => {
    expect(compareNames('', 'Samir Lahlou')).toMatchObject({ score: 0, match: false });
  });
});
