import { describe, expect, it } from 'vitest';
import { Doc } from '../doc/document.js';
import { referencesStage } from './stage.js';

function references(text: string) {
  const doc = new Doc({ text });
  referencesStage.run(doc, {});
  for (const r of doc.references) expect(text.slice(r.start, r.end)).toBe(r.text);
  return doc.references;
}

describe('finds references and normalises them', () => {
  const cases: Array<[string, string, string, string]> = [
    // [text, the span as written, normalized, kind]
    ['The cable, registered as No. 5512/09, reached the embassy.', '5512/09', '5512/09', 'document-number'],
    ['a letter carrying the number 3301/14 and two seals', '3301/14', '3301/14', 'document-number'],
    ['the informant was filed as 2210 / D.G.S.N in the ledger', '2210 / D.G.S.N', '2210/D.G.S.N', 'code'],
    ['an agent who holds the number 918 / R.T.K, according to the file', '918 / R.T.K', '918/R.T.K', 'code'],
    ['the courier, who also holds the No. 377 /R.T.K, left', '377 /R.T.K', '377/R.T.K', 'code'],
    ['The memo, numbered PA/FIN/2019-117, was signed twice.', 'PA/FIN/2019-117', 'PA/FIN/2019-117', 'document-number'],
    ['Prosecutors opened case file GVA-2021/8830 last spring.', 'GVA-2021/8830', 'GVA-2021/8830', 'case-number'],
    ['The e-mail quotes ref QX-LG-4410 in its subject line.', 'QX-LG-4410', 'QX-LG-4410', 'document-number'],
    ['He was charged in case 3:20-cr-00917 in Virginia.', '3:20-cr-00917', '3:20-cr-00917', 'case-number'],
    ['The Security Council adopted Resolution 2118 unanimously.', '2118', '2118', 'document-number'],
    ['The claim was lodged under file no. B-22/2018 in Lyon.', 'B-22/2018', 'B-22/2018', 'case-number'],
    ['Decree No. 11-95 dissolved the board.', '11-95', '11-95', 'document-number'],
    ['See the annex DOC-5521 for the invoices.', 'DOC-5521', 'DOC-5521', 'document-number'],
    ['The regulator cited filing FIN/2020/0417 in its notice.', 'FIN/2020/0417', 'FIN/2020/0417', 'other'],
    ['Her agent code is 4471-B and nobody else used it.', '4471-B', '4471-B', 'code'],
    ['The docket No. 17-cv-2231 was sealed.', '17-cv-2231', '17-cv-2231', 'case-number'],
    ['The assets were frozen by Regulation (EU) 2019/796 in May.', '2019/796', '2019/796', 'document-number'],
    ['The audit trail cites entry PRJ/QA2207 twice.', 'PRJ/QA2207', 'PRJ/QA2207', 'other'],
    ['A copy of the permit bears the number 0311/16 on each page.', '0311/16', '0311/16', 'document-number'],
    ['Presidential Decree No. 45 set up the fund.', '45', '45', 'document-number'],
    ['The committee report, numbered PRC/HC 2210, was leaked.', 'PRC/HC 2210', 'PRC/HC2210', 'document-number'],
    ['The court heard case number 318/2019 in June.', '318/2019', '318/2019', 'case-number'],
    ['CASE 19-4410 was closed.', '19-4410', '19-4410', 'case-number'],
    ['The loan broke the limit set in Treasury Policy TP-7 last year.', 'TP-7', 'TP-7', 'document-number'],
    ['The court confirmed the scheme in case E.2019/442 in May.', 'E.2019/442', 'E.2019/442', 'case-number'],
    ['The report \u2116 77/2013 was never published.', '77/2013', '77/2013', 'document-number'],
  ];
  it.each(cases)('%s', (text, written, normalized, kind) => {
    const found = references(text);
    expect(found.map((r) => [r.text, r.normalized, r.kind])).toEqual([[written, normalized, kind]]);
  });

  it('keeps a sentence-final full stop out of a dotted code', () => {
    const found = references('The second man holds the number 612 / B.N.R. Nobody denied it.');
    expect(found.map((r) => r.normalized)).toEqual(['612/B.N.R']);
  });

  it('maps spans back through curly quotes and non-breaking spaces', () => {
    const text = '\u201CThe order\u201D bears No.\u00A04410/17 \u2013 and ref\u00A0KT\u20134471.';
    const found = references(text);
    expect(found.map((r) => r.normalized)).toEqual(['4410/17', 'KT-4471']);
  });
});

describe('leaves numbers that are not references', () => {
  const cases: Array<[string, string]> = [
    ['a date range', 'They met on the night of 22/23 March at a hotel.'],
    ['a date range with a year', 'The raid took place on 3/4 June 2015 near the port.'],
    ['a numeric date', 'The letter is dated 23/02/2021 and signed.'],
    ['a sum', 'The contract was worth $4.2 million and more.'],
    ['a bare year', 'He escaped from prison in 1994 with two others.'],
    ['a season', 'He scored twelve goals in the 2019/20 season.'],
    ['a percentage', 'Turnout fell to 41.5% in the second round.'],
    ['a phone number', 'Call the number 555-0199-22 to reach the desk.'],
    ['a phone number after a cue', 'Readers can phone No. 0800 1111 at any time.'],
    ['a time', 'The meeting started at 20:30 in the lobby.'],
    ['a score', 'The home side won 3-1 on Sunday.'],
    ['a short count after "number"', 'The number 12 bus was late again.'],
    ['a policy word before a plain count', 'The policy 12 members wanted was dropped.'],
    ['a hashtag', 'The post ran under #Elections2024 and #AB12 for days.'],
    ['a train number', 'He drove Train No. 23 to the coast.'],
    ['a ranking', 'The team is ranked #2 in the league.'],
    ['an aircraft model', 'The wing flew the F-104 and the EC-130 until 1964.'],
    ['a short code', 'A COVID-19 outbreak grounded F-16 jets.'],
    ['"in case" before a code', 'Plans were drawn up in case H5N1 reached the farms.'],
    ['"in case" before a count', 'Keep a spare in case 12 people come.'],
    ['a year after a cue word', 'The resolution 2015 debate dragged on.'],
    ['the number in a ship\'s name', 'Two men fell from the Ocean Star No. 7 in March.'],
    ['thread numbering', 'Thread on the licence.\n1/ THE deal was signed at night.\n2/ KRT denies it.'],
    ['a numeric ISO date', 'Filed on 2021-02-23 by the clerk.'],
  ];
  it.each(cases)('%s', (_what, text) => {
    expect(references(text).map((r) => r.text)).toEqual([]);
  });
});
