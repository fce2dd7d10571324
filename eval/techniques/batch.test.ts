import { describe, expect, it } from 'vitest';
import { FRESH_FILES, loadBatch, scoreBatch } from './batch.js';
import { parseCases } from './score.js';

describe('fresh technique batches', () => {
  it('hold enough labelled and neutral sentences, each labelled one with a marked phrase', () => {
    const [first, second] = FRESH_FILES.map((f) => loadBatch(f));
    expect(first).not.toBeNull();
    expect(second).not.toBeNull();
    const labelled = (b: typeof first) => b!.filter((c) => c.labels.length > 0);
    expect(first!.length).toBeGreaterThanOrEqual(120);
    expect(first!.length - labelled(first).length).toBeGreaterThanOrEqual(30);
    expect(second!.length).toBeGreaterThanOrEqual(60);
    for (const c of [...labelled(first), ...labelled(second)]) expect(c.end, `line ${c.line}`).toBeGreaterThan(c.start);
  });

  it('scores recall on labelled sentences, precision over all findings and false findings on neutral ones', () => {
    const batch = parseCases(
      [
        'Loaded_Language\tIt was a [[diabolical scheme]] from the start.',
        'Doubt\tThe minutes were [[filed]] on Tuesday.',
        'none\tThe ferry left at noon.',
        'none\tThe diabolical scheme was exposed.',
      ].join('\n'),
    );
    const s = scoreBatch(batch);
    expect(s.positives).toBe(2);
    expect(s.found).toBe(1);
    expect(s.misses).toHaveLength(1);
    expect(s.neutral).toBe(2);
    expect(s.neutralHits).toBe(1);
    expect(s.correct).toBe(1);
    expect(s.findings).toBe(2);
  });
});
