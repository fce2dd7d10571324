import { describe, expect, it } from 'vitest';
import { TECHNIQUE_LABELS } from '../../src/dossier/contract.js';
import { gmbSentences, loadCases, parseCases } from './score.js';

describe('technique cases file', () => {
  it('parses, with one marked phrase per labelled sentence and enough cases of each kind', () => {
    const cases = loadCases();
    const labelled = cases.filter((c) => c.labels.length > 0);
    expect(labelled.length).toBeGreaterThanOrEqual(150);
    expect(cases.length - labelled.length).toBeGreaterThanOrEqual(40);
    for (const c of labelled) {
      expect(c.end, `line ${c.line}`).toBeGreaterThan(c.start);
      expect(c.text.slice(c.start, c.end).trim(), `line ${c.line}`).not.toBe('');
      expect(c.text, `line ${c.line}`).not.toMatch(/\[\[|\]\]/);
      for (const l of c.labels) expect(TECHNIQUE_LABELS as readonly string[]).toContain(l);
    }
  });

  it('finds the marked phrase once the brackets are removed', () => {
    const [c] = parseCases('Doubt\tThe [[so-called]] panel met.\n');
    expect(c.text).toBe('The so-called panel met.');
    expect(c.text.slice(c.start, c.end)).toBe('so-called');
  });

  it('rejects unknown labels, missing marks and marks in neutral sentences', () => {
    expect(() => parseCases('Sarcasm\tOh [[great]].\n')).toThrow(/unknown label/);
    expect(() => parseCases('Doubt\tNo mark here.\n')).toThrow(/mark exactly one/);
    expect(() => parseCases('none\tA [[marked]] neutral line.\n')).toThrow(/neutral/);
  });
});

describe('GMB sentence rebuilding', () => {
  it('joins one-token rows into sentences with punctuation attached', () => {
    const csv = 'Sentence #,Word,POS,Tag\nSentence: 1,Rain,NN,O\n,fell,VBD,O\n,",",",",O\n,Bob,NNP,B-per\n,\'s,POS,O\n,car,NN,O\n,.,.,O\nSentence: 2,Good,JJ,O\n,.,.,O\n';
    expect(gmbSentences(csv, 10)).toEqual(["Rain fell, Bob's car.", 'Good.']);
    expect(gmbSentences(csv, 1)).toHaveLength(1);
  });
});
