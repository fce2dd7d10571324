import { describe, expect, it } from 'vitest';
import { segmentAt, segmentText } from './segments.js';

describe('cutting a text into highlight segments', () => {
  it('flattens nested and overlapping spans into runs with the marks that cover them', () => {
    // 0123456789012345678901
    // "The port chief resigned"
    const spans = [
      { start: 0, end: 23 }, // the whole sentence (a claim)
      { start: 4, end: 14 }, // "port chief"
      { start: 9, end: 23 }, // "chief resigned"
    ];
    const segs = segmentText(23, spans);
    expect(segs).toEqual([
      { start: 0, end: 4, marks: [0] },
      { start: 4, end: 9, marks: [0, 1] },
      { start: 9, end: 14, marks: [0, 1, 2] },
      { start: 14, end: 23, marks: [0, 2] },
    ]);
  });

  it('covers the whole text, leaves gaps unmarked and drops spans outside it', () => {
    const segs = segmentText(20, [
      { start: 5, end: 8 },
      { start: 15, end: 30 },
      { start: 9, end: 9 },
    ]);
    expect(segs.map((s) => [s.start, s.end, s.marks.length])).toEqual([
      [0, 5, 0],
      [5, 8, 1],
      [8, 20, 0],
    ]);
  });

  it('finds the segment holding an offset', () => {
    const segs = segmentText(20, [{ start: 5, end: 8 }]);
    expect([0, 4, 5, 7, 8, 19].map((o) => segmentAt(segs, o))).toEqual([0, 0, 1, 1, 2, 2]);
  });
});
