import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dossier, ensureBuilt, ROOT, type Run } from './cli.js';

const EXAMPLE = join(ROOT, 'examples', 'harbour-memo.txt');

let dir = '';
beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'dossier-cli-'));
}, 180_000);

/** One line on standard error, naming the problem, with no stack trace and nothing on standard output. */
function expectOneLineError(r: Run, status: number, says: RegExp): void {
  expect(r.status).toBe(status);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^dossier: /);
  expect(lines[0]).toMatch(says);
  expect(r.stderr).not.toMatch(/\n\s+at |Error:/);
}

describe('dossier reports bad input in one line', () => {
  it('a missing file', () => {
    expectOneLineError(dossier(['analyze', join(dir, 'nowhere.txt')]), 1, /nowhere\.txt/);
  });

  it('an empty file', () => {
    const path = join(dir, 'empty.txt');
    writeFileSync(path, '');
    expectOneLineError(dossier(['analyze', path]), 1, /empty/);
  });

  it('a binary file', () => {
    const path = join(dir, 'noise.bin');
    writeFileSync(path, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    expectOneLineError(dossier(['analyze', path]), 1, /noise\.bin/);
  });

  it('a directory with nothing to read', () => {
    const empty = join(dir, 'nothing-here');
    mkdirSync(empty);
    expectOneLineError(dossier(['analyze', empty]), 1, /nothing-here/);
  });

  it('empty standard input', () => {
    expectOneLineError(dossier(['analyze', '-'], ''), 1, /empty|no text/);
  });

  it('an unknown flag, as a usage error', () => {
    expectOneLineError(dossier(['analyze', '--colour', EXAMPLE]), 2, /--colour/);
  });

  it('an impossible --published date, as a usage error', () => {
    expectOneLineError(dossier(['analyze', '--published', '2021-02-30', EXAMPLE]), 2, /2021-02-30/);
  });

  it('a --published value that is not a date', () => {
    expectOneLineError(dossier(['analyze', '--published', 'yesterday', EXAMPLE]), 2, /YYYY-MM-DD/);
  });

  it('no file at all', () => {
    expectOneLineError(dossier(['analyze']), 2, /files/);
  });

  it('an unknown command', () => {
    expectOneLineError(dossier(['analyse', EXAMPLE]), 2, /analyse.*did you mean analyze/i);
  });
});

describe('dossier --help and --version', () => {
  it('prints the version and exits 0', () => {
    const r = dossier(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('prints help naming the analyze command and its flags', () => {
    const top = dossier(['--help']);
    expect(top.status).toBe(0);
    expect(top.stdout).toMatch(/analyze/);
    const sub = dossier(['analyze', '--help']);
    expect(sub.status).toBe(0);
    for (const flag of ['--json', '--jsonl', '--published']) expect(sub.stdout).toContain(flag);
  });
});
