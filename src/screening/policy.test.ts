import { describe, expect, it } from 'vitest';
import { Screener } from './screen.js';
import { judgeHit } from './policy.js';
import type { WatchEntry } from '../watchlists/entry.js';

const facts = { queryWords: 2, aliasWords: 2, weak: false, common: false };

describe('hit rules', () => {
  it('asks more of a name met only through the consonants of another script', () => {
    expect(judgeHit({ ...facts, score: 0.95 }).hit).toBe(true);
    expect(judgeHit({ ...facts, score: 0.95, scriptOnly: true }).hit).toBe(false);
    expect(judgeHit({ ...facts, score: 0.97, scriptOnly: true }).hit).toBe(true);
  });

  it('keeps a Latin name off an Arabic-script entry whose consonants it merely shares', () => {
    const entries: WatchEntry[] = [{ id: 'X-1', name: 'عبدالله السندي', aliases: [], kind: 'person' }];
    const screener = new Screener([{ name: 'test', entries }]);
    const [best] = screener.screen('Sunita Patel', { kind: 'person' });
    expect(best?.hit ?? false).toBe(false);
  });

  it('does not take half of a Korean given name for the whole', () => {
    const entries: WatchEntry[] = [{ id: 'K-1', name: 'Kang Myong Chol', aliases: [], kind: 'person' }];
    const screener = new Screener([{ name: 'test', entries }]);
    expect(screener.screen('Kang Chol', { kind: 'person' }).some((r) => r.hit)).toBe(false);
    expect(screener.screen('Kang Myong-chol', { kind: 'person' }).some((r) => r.hit)).toBe(true);
  });
});
