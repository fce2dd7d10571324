import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bareDossier } from '../../test/server/bare.js';
import { DossierStore, titleOf } from './dossiers.js';

const dirs: string[] = [];
function tempStore(): { dir: string; store: DossierStore } {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-store-'));
  dirs.push(dir);
  return { dir, store: DossierStore.open(dir) };
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('saved dossiers', () => {
  it('saves, reads back, lists newest first and deletes', () => {
    const { store } = tempStore();
    const first = store.save(bareDossier('Ferry tender questioned\n\nThe harbour board met on Monday.'));
    const second = store.save(bareDossier('Second report on the tender.'));
    expect(first.id).not.toBe(second.id);
    expect(store.get(first.id)?.dossier.document.text).toBe('Ferry tender questioned\n\nThe harbour board met on Monday.');
    const page = store.list(10, 0);
    expect(page.total).toBe(2);
    expect(page.items.map((i) => i.title)).toEqual(['Second report on the tender.', 'Ferry tender questioned']);
    expect(store.list(1, 1).items.map((i) => i.id)).toEqual([first.id]);
    expect(store.delete(first.id)).toBe(true);
    expect(store.delete(first.id)).toBe(false);
    expect(store.get(first.id)).toBeNull();
    store.close();
  });

  it('keeps everything in the store folder across reopening', () => {
    const { dir, store } = tempStore();
    const saved = store.save(bareDossier('A note that must survive.'));
    store.close();
    const again = DossierStore.open(dir);
    expect(again.get(saved.id)?.title).toBe('A note that must survive.');
    again.close();
  });

  it('counts flags by severity for the list', () => {
    const { store } = tempStore();
    const d = bareDossier('Officials say the port was sold.');
    d.flags = [
      { kind: 'anonymous-source', severity: 'warning', message: 'unnamed officials', evidence: [] },
      { kind: 'contradiction', severity: 'critical', message: 'two dates disagree', evidence: [] },
    ];
    expect(store.save(d).counts).toMatchObject({ flags: 2, critical: 1, warning: 1, info: 0 });
    store.close();
  });

  it('titles a dossier by its first non-blank line, shortened', () => {
    const d = bareDossier(`\n\n   ${'Long headline '.repeat(20)}\nbody`);
    expect(titleOf(d)).toMatch(/^Long headline Long/);
    expect(titleOf(d).length).toBe(120);
  });
});
