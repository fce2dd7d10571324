import { describe, expect, it } from 'vitest';
import { cueMatches } from './test-helpers.js';
import { compilePattern } from './pattern.js';

const matches = cueMatches;

describe('cue pattern language', () => {
  it.each([
    ['cruel scheme', 'It was a cruel scheme from the start.', ['cruel scheme']],
    ['cruel|heartless scheme|plan', 'A heartless plan.', ['heartless plan']],
    ['armed? gang', 'an armed gang and a gang', ['armed gang', 'gang']],
    ['menac~ _', 'The menacing crowd left.', ['menacing crowd']],
    ['either you ... or', 'Either you pay now, or you lose it.', ['Either you pay now, or']],
    ['hundred percent !of', 'a hundred percent of votes; a hundred percent sure', ['hundred percent']],
  ])('"%s" in "%s"', (pattern, text, expected) => {
    expect(matches(pattern, text)).toEqual(expected);
  });

  it('never matches across a sentence end', () => {
    expect(matches('cruel scheme', 'He was cruel. Scheme after scheme failed.')).toEqual([]);
  });

  it('skips quotation marks between words but not a comma', () => {
    expect(matches('cruel scheme', 'a cruel \u00AB scheme \u00BB')).toEqual(['cruel \u00AB scheme']);
    expect(matches('cruel scheme', 'cruel, scheme')).toEqual([]);
  });

  it('honours words that may not come before', () => {
    expect(matches('hundred percent', 'prices rose a hundred percent', { notAfter: ['a'] })).toEqual([]);
    expect(matches('hundred percent', 'it is hundred percent', { notAfter: ['a'] })).toEqual(['hundred percent']);
  });

  it('rejects a pattern that starts with a gap or a wildcard', () => {
    expect(() => compilePattern('... plot')).toThrow();
    expect(() => compilePattern('_ plot')).toThrow();
    expect(() => compilePattern('@nosuchlexicon plot')).toThrow();
  });
});
