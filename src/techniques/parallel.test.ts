import { describe, expect, it } from 'vitest';
import { Doc } from '../doc/document.js';
import { segmentStage } from '../segment/stage.js';
import { chantHits } from './chants.js';
import { parallelLines } from './parallel.js';
import { wordStream } from './words.js';

function lines(text: string): string[] {
  const doc = new Doc({ text });
  segmentStage.run(doc, {});
  return parallelLines(doc, wordStream(doc)).map((t) => t.text);
}

const chants = (text: string) => chantHits(text).map((h) => text.slice(h.start, h.end));

describe('short lines of parallel parts', () => {
  it.each([
    ['One land, one law, one flag.', 'One land, one law, one flag'],
    ['The crowd answered. Our coast, our fish, our boats.', 'Our coast, our fish, our boats'],
  ])('"%s"', (text, line) => {
    expect(lines(text)).toEqual([line]);
  });

  it.each([
    'Our coast, our fish.',
    'The ministry named three towns: Avra, Belo and Cima.',
    'One was injured, two were killed, and four fled across the hills.',
    'In 2019, in 2020, in 2021 the figures fell.',
  ])('not in "%s"', (text) => {
    expect(lines(text)).toEqual([]);
  });
});

describe('exclaimed rallying cries', () => {
  it.each([
    ['They chanted: Glory to the miners!', 'Glory to the miners!'],
    ['Not another penny!', 'Not another penny!'],
    ['Not a single acre!', 'Not a single acre!'],
  ])('"%s"', (text, cry) => {
    expect(chants(text)).toEqual([cry]);
  });

  it.each(['Welcome to the show!', 'Not bad at all!', 'Thanks to the volunteers!'])('not "%s"', (text) => {
    expect(chants(text)).toEqual([]);
  });
});
