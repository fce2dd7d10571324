import { describe, expect, it } from 'vitest';
import { findDates, readsMonthFirst } from './extract.js';

/** [text, publication date or null, expected span text, expected value, expected precision] */
const CASES: Array<[string, string | null, string, string, string]> = [
  ['The contract was signed on 17 May 2011 in Rabat.', null, '17 May 2011', '2011-05-17', 'day'],
  ['a letter dated May 17, 2011, was sent', null, 'May 17, 2011', '2011-05-17', 'day'],
  ['The board met on 1 Jul 2021 to vote.', null, '1 Jul 2021', '2021-07-01', 'day'],
  ['The invoice is dated 23/02/2021.', null, '23/02/2021', '2021-02-23', 'day'],
  ['The invoice is dated 03/04/2020.', null, '03/04/2020', '2020-04-03', 'day'],
  ['Sales fell in September 2012 after the scandal.', null, 'September 2012', '2012-09', 'month'],
  ['He has chaired the board since 2006.', null, '2006', '2006', 'year'],
  ['Prices were lower in the 1990s.', null, 'the 1990s', '1990/1999', 'interval'],
  ['They met on 21/22 May of 2012 at a hotel.', null, '21/22 May of 2012', '2012-05-21/2012-05-22', 'interval'],
  ['Shots were heard on the night of 7/8 July 2016.', null, '7/8 July 2016', '2016-07-07/2016-07-08', 'interval'],
  ['Output doubled between February and July 2016.', null, 'between February and July 2016', '2016-02/2016-07', 'interval'],
  ['the bills (the ones between April and October\n2018) were paid', null, 'between April and October\n2018', '2018-04/2018-10', 'interval'],
  ['Losses grew in the second half of 2021.', null, 'the second half of 2021', '2021-07/2021-12', 'interval'],
  ['Cargo moved between September 2021 and the end of April 2022.', null, 'between September 2021 and the end of April 2022', '2021-09/2022-04', 'interval'],
  ['She has led the party from 2006 to today.', null, 'from 2006 to today', '2006', 'year'],
  ['He was wounded at the end of October 2012 near Mopti.', null, 'the end of October 2012', '2012-10', 'approximate'],
  ['The plant closed in early 2014.', null, 'early 2014', '2014', 'approximate'],
  ['Talks stalled by mid-2016.', null, 'mid-2016', '2016', 'approximate'],
  ['The port reopened in spring 2019.', null, 'spring 2019', '2019-03/2019-05', 'approximate'],
  ['The strike ended between 2013 and 2015.', null, 'between 2013 and 2015', '2013/2015', 'interval'],
  ['The minister resigned on Monday.', '2018-10-11', 'Monday', '2018-10-08', 'day'],
  ['The minister resigned yesterday.', '2018-10-11', 'yesterday', '2018-10-10', 'day'],
  ['The shop opened last spring.', '2018-10-11', 'last spring', '2018-03/2018-05', 'approximate'],
  ['The appeal is due to be decided in the autumn.', '2019-03-22', 'the autumn', '2019-09/2019-11', 'approximate'],
  ['Exports rose last year.', '2018-10-11', 'last year', '2017', 'year'],
  ['The depot was raided in March last year.', '2018-10-11', 'March last year', '2017-03', 'month'],
  ['He died on 12 March 2016. A memorial was held later that month.', null, 'later that month', '2016-03', 'month'],
  ['IN 2019 THE PORT WAS SOLD.', null, '2019', '2019', 'year'],
  ['The firm was sold in 2015 and closed the following year.', null, 'the following year', '2016', 'year'],
  ['The raid took place on 31 January 2020; the arrests came the day after.', null, 'the day after', '2020-02-01', 'day'],
  ['The vote took place on 6 March.', '2018-10-11', '6 March', '2018-03-06', 'day'],
  ['The vote took place on 6 March.', '2018-04-11', '6 March', '2018-03-06', 'day'],
  ['The board meets on 6 November.', '2018-10-11', '6 November', '2018-11-06', 'day'],
  ['The vote took place on 16 May.', '2018-11-09', '16 May', '2018-05-16', 'day'],
  ['He will appear in court on 4 October.', '2018-09-16', '4 October', '2018-10-04', 'day'],
  ['Come to the rally on Saturday.', '2024-02-15', 'Saturday', '2024-02-17', 'day'],
  ['The rally took place on Saturday.', '2024-02-15', 'Saturday', '2024-02-10', 'day'],
  ['Trading, halted since 6 March, is expected to resume next week.', '2022-04-07', '6 March', '2022-03-06', 'day'],
];

describe('date mentions carry the value and precision the text gives', () => {
  it.each(CASES)('%s (published %s)', (text, published, span, value, precision) => {
    const found = findDates(text, published).map((d) => ({ text: text.slice(d.start, d.end).replace(/^(?:on|in|by)\s+/i, ''), value: d.value, precision: d.precision }));
    expect(found).toContainEqual({ text: span, value, precision });
  });
});

describe('relative dates need a publication date', () => {
  it.each([
    ['The minister resigned yesterday.'],
    ['The vote took place on 6 March.'],
    ['The shop opened last spring.'],
  ])('%s gives no date without one', (text) => {
    expect(findDates(text, null)).toEqual([]);
  });

  it('marks a resolved relative date as anchored to the publication', () => {
    expect(findDates('He left last year.', '2020-05-01')[0].anchor).toBe('publication');
    expect(findDates('He left in 2019.', '2020-05-01')[0].anchor).toBe('absolute');
  });
});

describe('numbers that are not dates', () => {
  it.each([
    ['Act now before it is too late.'],
    ['The committee sent 17 bills to the floor.'],
    ['The firm paid $4.2 million in fines.'],
    ['The decree carries No. 1994 on its face.'],
    ['He holds the number 745 in the register.'],
    ['The file 5710/09 was stamped.'],
    ['Some 2000 soldiers crossed the border.'],
    ['The office is at 2000 Harbour Road in the old town.'],
    ['The goods went to Suministros Manchegos 2016 S.L. in Albacete.'],
    ['The report, numbered CSEJ/HC 1927, was adopted.'],
    ['In her last years she wrote poetry.'],
    ['The firm was set up only three weeks before the auction.'],
    ['The council adopted Resolution 2015 unanimously.'],
    ['Inflation reached 1999 percent.'],
    ['The memo is numbered KM/LEG/2016-044.'],
    ['They met at eight at night.'],
    ['In the spring the rebels took the town.'],
    ['The fall of the regime came quickly.'],
  ])('%s', (text) => {
    expect(findDates(text, '2018-10-11').map((d) => text.slice(d.start, d.end))).toEqual([]);
  });
});

describe('day and month order of numeric dates', () => {
  it('reads day first by default', () => {
    expect(readsMonthFirst('paid on 03/04/2020')).toBe(false);
  });

  it('reads month first when the text shows it elsewhere', () => {
    const text = 'Invoiced 02/23/2021 and paid 03/04/2021.';
    expect(readsMonthFirst(text)).toBe(true);
    expect(findDates(text, null).map((d) => d.value)).toEqual(['2021-02-23', '2021-03-04']);
  });
});

describe('dates read from the date before them', () => {
  it('stay within the paragraph', () => {
    const text = 'The hearing took place on 14 November 2018.\n\nThe minister, who spoke on the same day, said nothing.';
    expect(findDates(text, null).map((d) => d.value)).toEqual(['2018-11-14']);
  });
});
