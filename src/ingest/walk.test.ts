import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expandInputs } from './walk.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-walk-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('inputs on the command line', () => {
  it('expands a directory recursively, sorted, without hidden files, version control or followed links', async () => {
    for (const f of ['b.txt', 'a/z.pdf', 'a/y/x.eml', '.hidden', '.git/config']) {
      mkdirSync(join(dir, f, '..'), { recursive: true });
      writeFileSync(join(dir, f), 'x');
    }
    symlinkSync(join(dir, 'a'), join(dir, 'loop'));
    const { files, fromDirectory } = await expandInputs([dir, '-', join(dir, 'missing.txt')]);
    expect(fromDirectory).toBe(true);
    expect(files).toEqual([join(dir, 'a/y/x.eml'), join(dir, 'a/z.pdf'), join(dir, 'b.txt'), '-', join(dir, 'missing.txt')]);
  });
});
