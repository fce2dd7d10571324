import { describe, expect, it } from 'vitest';
import { Progress } from './progress.js';

function stream(isTTY: boolean) {
  const chunks: string[] = [];
  const s = { isTTY, write: (c: string) => chunks.push(c) > 0 } as unknown as NodeJS.WriteStream;
  return { s, out: () => chunks.join('') };
}

describe('the progress bar', () => {
  it('shows files done, rate and time left on a terminal, and notes above the bar', () => {
    const { s, out } = stream(true);
    const p = new Progress(4, s);
    p.tick();
    p.tick(true);
    p.note('dossier: b.bin: binary data');
    p.tick();
    p.tick();
    p.end();
    const text = out();
    expect(text).toMatch(/\[#{6}\.{18}\] 1\/4 files, [\d.]+\/s, [\d:-]+ left/);
    expect(text).toContain('\r\x1b[Kdossier: b.bin: binary data\n');
    expect(text).toMatch(/\[#{24}\] 4\/4 files, .* left, 1 skipped/);
    expect(text.endsWith('\r\x1b[K')).toBe(true);
  });

  it('is silent when standard error is not a terminal, except for notes', () => {
    const { s, out } = stream(false);
    const p = new Progress(3, s);
    p.tick();
    p.note('dossier: x: empty');
    p.tick();
    p.end();
    expect(out()).toBe('dossier: x: empty\n');
  });
});
