import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bareDossier } from '../../../test/server/bare.js';
import { main } from '../main.js';

let dir: string;
let out: string[];
let err: string[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-report-'));
  out = [];
  err = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => out.push(String(s)) > 0);
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => err.push(String(s)) > 0);
  process.exitCode = undefined;
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
  process.exitCode = undefined;
});

describe('dossier report', () => {
  it('analyses an article and writes both reports', async () => {
    const article = join(dir, 'piece.txt');
    writeFileSync(article, 'Harbour fees rise again\n\nThe port board raised berth fees on 2 March 2020, a spokesman said.\n');
    await main(['node', 'dossier', 'report', article, '--html', join(dir, 'r.html'), '--md', join(dir, 'r.md')]);
    expect(err.join('')).toBe('');
    expect(out.join('')).toContain('wrote ');
    expect(readFileSync(join(dir, 'r.html'), 'utf8')).toContain('<h1>Harbour fees rise again</h1>');
    expect(readFileSync(join(dir, 'r.md'), 'utf8')).toMatch(/^# Harbour fees rise again\n/);
  });

  it('reports a saved dossier JSON as it is, without analysing again', async () => {
    const d = bareDossier('Short note on a ferry.');
    d.entities = [{ id: 'E1', type: 'other', name: 'Hand-made entity', aliases: [], mentions: [{ start: 14, end: 19, text: 'ferry' }], variants: [] }];
    const file = join(dir, 'saved.json');
    writeFileSync(file, JSON.stringify(d));
    await main(['node', 'dossier', 'report', file, '--md', join(dir, 'r.md')]);
    expect(readFileSync(join(dir, 'r.md'), 'utf8')).toContain('| Hand-made entity | Other | 1 |');
  });

  it('asks for an output with a one-line error', async () => {
    writeFileSync(join(dir, 'a.txt'), 'Some text.');
    await main(['node', 'dossier', 'report', join(dir, 'a.txt')]);
    expect(process.exitCode).toBe(1);
    expect(err.join('')).toBe('dossier: give --html OUT.html and/or --md OUT.md\n');
  });
});
