import pc from 'picocolors';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../pipeline/run.js';
import { referencesSection } from './references.js';

describe('references section of the terminal report', () => {
  it('lists each reference once, with its count and the spellings that differ', () => {
    const text = 'The memo No. 5512 / K.T.R went to the board. A copy of 5512/K.T.R reached the press; ref QX-4410 came later.';
    const lines = referencesSection.render(analyzeText(text), pc.createColors(false));
    const at = (s: string) => text.indexOf(s);
    expect(lines).toEqual([
      `  5512/K.T.R \u00d72 (document, written "5512 / K.T.R", @${at('5512 /')}, @${at('5512/')})`,
      `  QX-4410 (document, @${at('QX')})`,
    ]);
  });
});
