import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dossier, ensureBuilt } from '../../test/cli/cli.js';

const LIST = [
  'id,name,aliases,kind',
  'W-1,Karim Zerhouni,"Abdelkrim Zarhouni; Abou Talha al-Wahrani",person',
  'W-2,Tamarind Freight B.V.,Tamarind Shipping,organization',
  'W-3,Li Wen,,person',
].join('\n');

const ARTICLE = [
  'Oran, 3 March. Investigators say Abdelkrim Zerhouni met two couriers at the port last winter.',
  'The reporter Nadia Belkacem, who first described the meetings, spoke to officials in Oran.',
  'A spokesman for the port, Samir Lahlou, declined to comment.',
].join('\n');

let store = '';
let dir = '';
beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'dossier-screen-'));
  store = join(dir, 'store');
  writeFileSync(join(dir, 'list.csv'), LIST);
  writeFileSync(join(dir, 'article.txt'), ARTICLE);
  const r = dossier(['watchlist', 'import', join(dir, 'list.csv'), '--name', 'test', '--store', store]);
  expect(r.stderr).toBe('');
}, 180_000);

const screen = (name: string) => JSON.parse(dossier(['screen', name, '--store', store, '--json']).stdout) as { hits: Array<Record<string, unknown>> };

describe('dossier screen', () => {
  it('finds a listed person under another spelling, with the alias and why', () => {
    const { hits } = screen('Abdelkrim Zerhouni');
    expect(hits[0]).toMatchObject({ list: 'test', entryId: 'W-1', entryName: 'Karim Zerhouni', hit: true });
    expect(hits[0].explanation).toMatch(/zerhouni/);
  });

  it('finds a company without its legal form', () => {
    expect(screen('Tamarind Freight').hits[0]).toMatchObject({ entryId: 'W-2', hit: true });
  });

  it('gives no hit for a lone family name, a relative, or a near short name', () => {
    expect(screen('Zerhouni').hits).toEqual([]);
    expect(screen('Nabil Zerhouni').hits).toEqual([]);
    expect(screen('Li Wei').hits).toEqual([]);
  });

  it('lists the imported list', () => {
    const r = dossier(['watchlist', 'list', '--store', store]);
    expect(r.stdout).toMatch(/test\s+3 entries\s+csv/);
  });

  it('says clearly when a list does not exist', () => {
    const r = dossier(['screen', 'Karim Zerhouni', '--list', 'nope', '--store', store]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe('dossier: no watchlist named "nope" in the store (have: test)');
  });
});

describe('dossier analyze --watchlist', () => {
  it('screens the people of an article: the listed one hits, the reporter and the spokesman do not', () => {
    const r = dossier(['analyze', join(dir, 'article.txt'), '--watchlist', 'test', '--store', store, '--json']);
    expect(r.stderr).toBe('');
    const d = JSON.parse(r.stdout) as { entities: Array<{ id: string; name: string }>; screening: Array<{ entity: string; entryId: string }> };
    const hitNames = d.screening.map((h) => d.entities.find((e) => e.id === h.entity)?.name);
    expect(d.screening.map((h) => h.entryId)).toEqual(['W-1']);
    expect(hitNames[0]).toMatch(/Zerhouni/);
  });
});

describe('dossier match', () => {
  it('scores two names and scores a TSV of pairs', () => {
    const one = JSON.parse(dossier(['match', 'Mouammar Kadhafi', 'Muammar Qaddafi', '--json']).stdout) as { score: number; match: boolean };
    expect(one.match).toBe(true);
    writeFileSync(join(dir, 'pairs.tsv'), 'name_a\tname_b\nOleg Baranov\tOleg Baranoff\nKim Jong Un\tKim Jong Il\n');
    const lines = dossier(['match', '--pairs', join(dir, 'pairs.tsv')]).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.name_a, l.match])).toEqual([['Oleg Baranov', true], ['Kim Jong Un', false]]);
  });
});
