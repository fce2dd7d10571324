import { describe, expect, it } from 'vitest';
import { Doc } from '../doc/document.js';
import { segmentStage } from '../segment/stage.js';
import { clauseAnaphora, immediateRepeats } from './sentence-repeats.js';
import { findTechniques } from './stage.js';
import { wordStream } from './words.js';

function run(text: string) {
  const doc = new Doc({ text });
  segmentStage.run(doc, {});
  const ws = wordStream(doc);
  return { repeats: immediateRepeats(doc, ws).map((t) => t.text), clauses: clauseAnaphora(doc, ws).map((t) => t.text), all: findTechniques(doc) };
}

describe('a phrase said again at once inside one sentence', () => {
  it.each([
    ['Taxes, taxes, taxes: that is their only idea.', 'Taxes, taxes, taxes'],
    ['Out of the union, out of the union, that is what the farmers want.', 'Out of the union, out of the union'],
    ['They promised and promised, then they cut and they cut and they cut.', 'they cut and they cut and they cut'],
    ['Hold the line, hold the line!', 'Hold the line, hold the line'],
  ])('"%s"', (text, phrase) => {
    const { repeats, all } = run(text);
    expect(repeats).toContain(phrase);
    expect(all.some((t) => t.label === 'Repetition' && t.text === phrase)).toBe(true);
  });

  it.each([
    'He said that that was all he had had to say.',
    'The scores were 6-4, 6-4 in the final.',
    'Exports include timber, timber products and coffee.',
    'Prices rose again and again over the year.',
    'It was very, very cold on the pass.',
    'The ministry of the interior of the republic met.',
    'Officials in Lyon and officials in Nantes disagreed.',
  ])('not in "%s"', (text) => {
    expect(run(text).repeats).toEqual([]);
  });
});

describe('clauses of one sentence that open the same way', () => {
  it('finds three clauses opening with the same words', () => {
    const { clauses } = run('They closed the clinic, they closed the library, and they closed the post office.');
    expect(clauses).toEqual(['They closed the clinic, they closed the library, and they closed']);
  });

  it.each([
    'Fighting was reported in the north, in the south and in the east of the country.',
    'The plant employs 300 people, the mine 200 and the port 150.',
    'Rain fell in Oslo, snow fell in Bergen, and sleet fell in Tromsø.',
    'They closed the clinic, they closed the library.',
  ])('not in "%s"', (text) => {
    expect(run(text).clauses).toEqual([]);
  });
});
