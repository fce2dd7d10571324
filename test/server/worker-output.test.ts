import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocInit } from '../../src/doc/document.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { analyzeText } from '../../src/pipeline/run.js';
import type { AnalyzeOptions } from '../../src/pipeline/stage.js';
import { AnalysisPool } from '../../src/server/analysis-pool.js';
import { WatchlistStore } from '../../src/watchlists/store.js';
import { startTestServer, type TestServer } from './server.js';
import { AWKWARD, longArticle, PAGE } from './texts.js';

const MEMO = readFileSync(new URL('../../examples/harbour-memo.txt', import.meta.url), 'utf8');
let store: string;
let pool: AnalysisPool;

beforeAll(() => {
  store = mkdtempSync(join(tmpdir(), 'dossier-worker-'));
  const lists = new WatchlistStore(store);
  lists.save({ name: 'harbour', format: 'csv', source: 'invented for the test' }, [
    { id: 'h1', name: 'Marit Lunde', kind: 'person', aliases: ['M. Lunde'] },
    { id: 'h2', name: 'Nordlys Shipping', kind: 'organization', aliases: [] },
    { id: 'h3', name: 'Paulo Ventura', kind: 'person', aliases: [], note: 'invented entry' },
  ]);
  lists.close();
  pool = new AnalysisPool(undefined, 1);
});
afterAll(async () => {
  await pool.close();
  rmSync(store, { recursive: true, force: true });
});

/** The dossier JSON the server wrote before analyses moved to workers. */
const onMainThread = (input: DocInit, options: AnalyzeOptions) => JSON.stringify(analyzeText(structuredClone(input), options));

describe('a dossier analysed in a worker', () => {
  it('is byte for byte the main-thread dossier of the bundled example', async () => {
    const options = { published: '2018-10-09' };
    const json = await pool.run({ text: MEMO, source: 'harbour-memo.txt' }, options);
    expect(json).toBe(onMainThread({ text: MEMO, source: 'harbour-memo.txt' }, options));
    expect(JSON.parse(json)).toMatchObject({ schema: 'dossier/1', document: { text: MEMO } });
  });

  it('is byte for byte the same for awkward characters, an ingested page and a long text', async () => {
    const page = await ingestBytes(new TextEncoder().encode(PAGE), 'tender.html');
    expect(page.title).toBe('Ferry tender under review');
    const inputs: DocInit[] = [{ text: AWKWARD }, page, { text: longArticle(40 * 1024) }];
    for (const input of inputs) expect(await pool.run(input, {})).toBe(onMainThread(input, {}));
  });

  it('screens against the selected watchlist exactly as the main thread did', async () => {
    const options = { watchlists: ['harbour'], store };
    for (const text of [longArticle(8 * 1024), AWKWARD]) {
      const json = await pool.run({ text }, options);
      expect(json).toBe(onMainThread({ text }, options));
      expect((JSON.parse(json) as { screening: unknown[] }).screening.length).toBeGreaterThan(0);
    }
  });

  it('reports a missing watchlist as the same one-line error', async () => {
    const run = pool.run({ text: AWKWARD }, { watchlists: ['nowhere'], store });
    await expect(run).rejects.toMatchObject({ code: 'not-found' });
    await expect(run).rejects.toThrow(/no watchlist named "nowhere"/);
  });
});

describe('the analyze route', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ storePath: store });
  });
  afterAll(() => server.stop(true));

  it('answers with the worker dossier and saves the same bytes', async () => {
    const body = { text: AWKWARD, published: '2019-04-03', watchlist: 'harbour' };
    const res = await fetch(new URL('/api/analyze', server.url), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    expect(res.status).toBe(201);
    const raw = await res.text();
    const saved = JSON.parse(raw) as { id: string; title: string; counts: { entities: number } };
    const expected = onMainThread({ text: AWKWARD, source: null }, { published: body.published, watchlists: ['harbour'], store });
    expect(raw.slice(raw.indexOf(',"dossier":') + ',"dossier":'.length, -1)).toBe(expected);
    expect(saved.title).toBe('Fisheries deal questioned 🐟');
    expect(saved.counts.entities).toBe((JSON.parse(expected) as { entities: unknown[] }).entities.length);
    expect(await (await fetch(new URL(`/api/dossiers/${saved.id}`, server.url))).text()).toBe(raw);
  });
});
