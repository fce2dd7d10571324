import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dossier, ensureBuilt, ROOT } from './cli.js';

const EXAMPLE = join(ROOT, 'examples', 'harbour-memo.txt');

interface Spanned {
  start: number;
  end: number;
  text: string;
}

/** Every object in the dossier with start, end and text, wherever it sits. */
function spans(value: unknown, out: Spanned[] = []): Spanned[] {
  if (Array.isArray(value)) value.forEach((v) => spans(v, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') out.push(o as unknown as Spanned);
    for (const [key, v] of Object.entries(o)) if (key !== 'document') spans(v, out);
  }
  return out;
}

let dir = '';
beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'dossier-cli-'));
}, 180_000);

describe('dossier analyze', () => {
  it('prints a readable report of the bundled example with its references', () => {
    const r = dossier(['analyze', EXAMPLE]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('References');
    expect(r.stdout).toMatch(/KM\/LEG\/2016-044/);
    expect(r.stdout.includes('\u001b[')).toBe(false); // no colour in a pipe
  });

  it('prints a dossier/1 JSON whose every span matches the document text', () => {
    const r = dossier(['analyze', '--json', EXAMPLE]);
    expect(r.status).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d.schema).toBe('dossier/1');
    expect(d.document.text).toBe(readFileSync(EXAMPLE, 'utf8'));
    const found = spans(d);
    expect(found.length).toBeGreaterThan(2);
    for (const s of found) expect(d.document.text.slice(s.start, s.end)).toBe(s.text);
    expect(d.references.map((x: { normalized: string }) => x.normalized)).toContain('ROT-2019/4471');
  });

  it('gives an array for several files with --json', () => {
    const other = join(dir, 'second.txt');
    writeFileSync(other, 'The memo numbered AB/CD/2020-017 was filed on Monday.\n');
    const d = JSON.parse(dossier(['analyze', '--json', EXAMPLE, other]).stdout);
    expect(d.map((x: { document: { source: string } }) => x.document.source)).toEqual([EXAMPLE, other]);
  });

  it('keeps input order with --jsonl and goes on past a file it cannot read', () => {
    const a = join(dir, 'a.txt');
    const b = join(dir, 'b.txt');
    writeFileSync(a, 'First file, citing ref QA-7781 once.\n');
    writeFileSync(b, 'Second file, citing case 4:18-cv-00231 once.\n');
    const r = dossier(['analyze', '--jsonl', a, join(dir, 'missing.txt'), b]);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((d) => d.document.source)).toEqual([a, b]);
    expect(lines.map((d) => d.references[0]?.normalized)).toEqual(['QA-7781', '4:18-cv-00231']);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('missing.txt');
  });

  it('reads standard input for "-"', () => {
    const r = dossier(['analyze', '--json', '-'], 'A letter bearing No. 4410/17 reached the desk.\n');
    expect(r.status).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d.document.text).toBe('A letter bearing No. 4410/17 reached the desk.\n');
    expect(d.references.map((x: { normalized: string }) => x.normalized)).toEqual(['4410/17']);
  });

  it('passes --published through to the dossier', () => {
    const d = JSON.parse(dossier(['analyze', '--json', '--published', '2019-03-04', EXAMPLE]).stdout);
    expect(d.document.published).toBe('2019-03-04');
  });
});
