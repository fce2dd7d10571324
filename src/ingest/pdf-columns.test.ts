import { afterAll, describe, expect, it } from 'vitest';
import { makeTwoColumnPdf } from '../../test/fixtures/pdf.js';
import { ingestBytes } from './index.js';
import { closeWorker } from './sandbox.js';

afterAll(() => closeWorker());

const LEFT = ['The council met on Tuesday to review', 'the contract for the new pumping', 'station, awarded in January to a', 'supplier registered six weeks before.', 'Three rival bids were turned down.'];
const RIGHT = ['Auditors found that the first invoice', 'arrived before any equipment had been', 'delivered to the northern site, and', 'that payment was approved by the', 'deputy director while the director was away.'];

describe('PDF reading order', () => {
  it('reads a two-column page column by column, between its full-width lines', async () => {
    const pdf = await makeTwoColumnPdf('Audit questions pumping contract', LEFT, RIGHT, 'Continued on page four of this edition of the bulletin.');
    const text = (await ingestBytes(pdf, 'bulletin.pdf')).text;
    const order = ['Audit questions', LEFT[0], LEFT[4], RIGHT[0], RIGHT[4], 'Continued on page four'].map((s) => text.indexOf(s));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('keeps a two-column table row by row', async () => {
    const labels = ['Supplier', 'Registered', 'Contract value', 'Approved by', 'Paid on'];
    const values = ['Northgate Pumps Ltd', '2 December 2011', '4.2 million', 'Deputy director', '9 February 2012'];
    const text = (await ingestBytes(await makeTwoColumnPdf('Contract summary sheet for the committee', labels, values, 'Prepared by the audit office for internal use.'), 'table.pdf')).text;
    const order = labels.flatMap((l, i) => [text.indexOf(l), text.indexOf(values[i])]);
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});
