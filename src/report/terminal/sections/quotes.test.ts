import pc from 'picocolors';
import { describe, expect, it } from 'vitest';
import { Doc } from '../../../doc/document.js';
import { toDossier } from '../../../dossier/assemble.js';
import { quotesSection } from './quotes.js';

describe('quotes section of the terminal report', () => {
  it('shows each quotation with its speaker, naming the person behind "he"', () => {
    const text = 'Ivo Lenz left. "We paid," he said. "It was late," a clerk said. "Nothing more to add here today."';
    const doc = new Doc({ text });
    const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
    doc.entities = [{ id: 'E1', type: 'person', name: 'Ivo Lenz', aliases: ['Ivo Lenz'], mentions: [span('Ivo Lenz')], variants: [] }];
    doc.quotes = [
      { ...span('We paid'), speaker: 'E1', speakerText: 'he' },
      { ...span('It was late'), speaker: null, speakerText: 'a clerk' },
      { ...span('Nothing more to add here today.'), speaker: null, speakerText: null },
    ];
    expect(quotesSection.render(toDossier(doc), pc.createColors(false))).toEqual([
      '  "We paid" \u2014 he (Ivo Lenz)',
      '  "It was late" \u2014 a clerk',
      '  "Nothing more to add here today." \u2014 speaker not named',
    ]);
  });
});
