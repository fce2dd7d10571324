import { describe, expect, it } from 'vitest';
import { cueMatches } from './test-helpers.js';
import { TECHNIQUE_CUES } from './cues/index.js';

const matches = cueMatches;

describe('inflected slots, capitals and clause ends in cue patterns', () => {
  it('word+ takes the inflections of the word', () => {
    expect(matches('bulldoze+ through', 'They bulldozed through the objections.')).toEqual(['bulldozed through']);
    expect(matches('bulldoze+ through', 'They are bulldozing through.')).toEqual(['bulldozing through']);
    expect(matches('bulldoze through', 'They bulldozed through the objections.')).toEqual([]);
    expect(matches('bulldoze+ through', 'The bulldozer drove through.')).toEqual([]);
  });

  it('@lexicon+ takes the inflections of every word of the class', () => {
    expect(matches('@menace+ our', 'They are swamping our schools.')).toEqual(['swamping our']);
    expect(matches('@menace+ our', 'They enslaved our grandparents.')).toEqual(['enslaved our']);
    expect(matches('@menace our', 'They enslaved our grandparents.')).toEqual([]);
  });

  it('_C takes only a word written with a capital', () => {
    expect(matches('shifty _C', 'Everyone calls him shifty Morrow.')).toEqual(['shifty Morrow']);
    expect(matches('shifty _C', 'The deal looked shifty to me.')).toEqual([]);
  });

  it('a cue that must close its clause skips a word that begins a longer phrase', () => {
    const cue = { atClauseEnd: true };
    expect(matches('because of bankers', 'It failed because of bankers, they say.', cue)).toEqual(['because of bankers']);
    expect(matches('because of bankers', 'It failed because of bankers.', cue)).toEqual(['because of bankers']);
    expect(matches('because of bankers', 'It failed because of bankers bonuses.', cue)).toEqual([]);
  });

  it('reads the full stop of a title as part of the name, but an ellipsis or a sentence end as a stop', () => {
    expect(matches('laureate _C _C _C says', 'Our laureate Prof. Ilse Varga says so.')).toEqual(['laureate Prof. Ilse Varga says']);
    expect(matches('cruel scheme', 'It was cruel... scheme or not.')).toEqual([]);
    expect(matches('prize winner', 'She won the prize. Winner takes all.')).toEqual([]);
  });
});

describe('the cue tables', () => {
  it('never pair a contraction with its long form without making the second word optional', () => {
    // "don't|do not overthink" reads as "don't not overthink": the long form needs "not?".
    const bad: string[] = [];
    for (const cue of TECHNIQUE_CUES) {
      const els = cue.pattern.split(/\s+/);
      els.forEach((el, k) => {
        const alts = el.replace(/\?$/, '').split('|');
        const shortened = alts.filter((a) => /^[a-z]+(?:'|n')[a-z]+$/.test(a));
        const pairs = shortened.some((c) => alts.includes(c.replace(/n?'[a-z]+$/, '')));
        if (pairs && els[k + 1] && els[k + 1] !== '...' && !els[k + 1].endsWith('?')) bad.push(cue.pattern);
      });
    }
    expect(bad).toEqual([]);
  });
});
