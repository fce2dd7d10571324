import { describe, expect, it } from 'vitest';
import { inflections } from './morph.js';

describe('regular inflections', () => {
  it.each([
    ['threaten', ['threatens', 'threatened', 'threatening']],
    ['destroy', ['destroys', 'destroyed', 'destroying']],
    ['bulldoze', ['bulldozes', 'bulldozed', 'bulldozing']],
    ['ram', ['rams', 'rammed', 'ramming']],
    ['bury', ['buries', 'buried', 'burying']],
    ['smash', ['smashes', 'smashed', 'smashing']],
    ['lie', ['lies', 'lied', 'lying']],
    ['brutal', ['brutally']],
    ['shameless', ['shamelessly']],
    ['horrible', ['horribly']],
    ['tragic', ['tragically']],
  ])('%s gives %j', (base, forms) => {
    const got = inflections(base);
    expect(got).toContain(base);
    for (const f of forms) expect(got).toContain(f);
  });

  it('does not double the last letter of a long or vowel-heavy word', () => {
    expect(inflections('threaten')).not.toContain('threatenned');
    expect(inflections('sneak')).not.toContain('sneakked');
  });

  it('leaves a word with figures or one letter alone', () => {
    expect(inflections('g7')).toEqual(['g7']);
    expect(inflections('a')).toEqual(['a']);
  });
});
