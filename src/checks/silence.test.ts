import { describe, expect, it } from 'vitest';
import { docWith } from './fixture.js';
import { checksStage } from './stage.js';

const PEOPLE = [{ forms: ['Marta Olsen', 'Olsen'] }, { forms: ['Piet Kramer', 'Kramer'] }];

/** Consistent texts that share the words the rules look for: none may raise a flag. */
const CONSISTENT: string[] = [
  'Marta Olsen died in March 2019. Her son met the minister in 2020 to ask for an inquiry.',
  "Marta Olsen's brother was killed in 2011. In 2014, Olsen signed the peace accord.",
  'Marta Olsen, who died in 2019, had met Piet Kramer in 2015.',
  'Piet Kramer said in 2021 that Marta Olsen was killed in 2019.',
  'Marta Olsen left the company in 2018. Kramer was on the payroll in 2021.',
  'Marta Olsen resigned in 2015. She has not worked for the group since 2015.',
  'The report, published in 2020, describes the floods of 2019.',
  'The memo, dated 12 March 2016, says exports will recover by 2018.',
  'The letter of 4 June 2015 refers to the strike of May 2015.',
  'The contract, signed in 2014 and numbered 77/14, runs until 2024.',
  'A copy dated 3 May 2012 carries the number 2012/448.',
  'Marta Olsen was born in 1961. Olsen, born in 1961, studied law in Oslo.',
  'The council met in 2019 and again in 2021; it published its decision in 2022.',
  'Marta Olsen died in 2019. Piet Kramer took over the board. In 2020 he signed the merger.',
  'Marta Olsen died in 2012. In 2014, a statement attributed to Olsen said the fund was empty.',
  'Marta Olsen resigned as chairman in 2015. Olsen served as an adviser in 2017.',
  'Marta Olsen left the company in 2018. In 2020 Olsen was still angry about it.',
  'The report, dated May 2016, covers the period to 2017.',
];

describe('consistent texts raise no date flag', () => {
  it.each(CONSISTENT)('%s', (text) => {
    const doc = docWith(text, { entities: PEOPLE, references: ['77/14', '2012/448'].filter((r) => text.includes(r)) });
    checksStage.run(doc, {});
    expect(doc.flags.map((f) => f.message)).toEqual([]);
  });
});
