import { describe, expect, it } from 'vitest';
import { analyse } from './test-helpers.js';

describe('adjectives of peoples and creeds are not names', () => {
  it('reads a French-style Dj spelling as the J word it transliterates, even where no noun follows', () => {
    expect(analyse('Police said the man was a Djihadist.').entities).toEqual([]);
    expect(analyse('Police said the man was a Jihadist.').entities).toEqual([]);
  });

  it('still takes an unknown capitalised word in that place for a name', () => {
    expect(analyse('Police said the man was a Qarvadist.').entities.map((e) => e.name)).toEqual(['Qarvadist']);
  });
});
