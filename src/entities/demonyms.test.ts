import { describe, expect, it } from 'vitest';
import { analyse } from './test-helpers.js';

describe('adjectives of peoples and creeds are not names', () => {
  it('reads a French-style Dj spelling as the J word it transliterates', () => {
    const doc = analyse('The video was first shared by Djihadist channels before Jihadist forums copied it.');
    expect(doc.entities.map((e) => e.name)).not.toContain('Djihadist');
    expect(doc.entities.map((e) => e.name)).not.toContain('Jihadist');
  });
});
