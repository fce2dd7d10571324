import { afterEach, describe, expect, it } from 'vitest';
import { DossierError } from '../../src/errors.js';
import { AnalysisPool } from '../../src/server/analysis-pool.js';
import { HttpError } from '../../src/server/errors.js';
import { startTestServer, type TestServer } from './server.js';
import { AWKWARD, longArticle } from './texts.js';

const SPIN = new URL('./hooks/spin.ts', import.meta.url).href;
const GROW = new URL('./hooks/grow.ts', import.meta.url).href;

describe('an analysis pool with limits', () => {
  let pool: AnalysisPool | undefined;
  afterEach(() => pool?.close());

  it('stops an analysis that never ends, replaces the worker and analyses the next text', async () => {
    pool = new AnalysisPool({ timeoutMs: 3000, heapMb: 256 }, 1);
    const stuck = pool.run({ text: AWKWARD }, {}, SPIN);
    await expect(stuck).rejects.toBeInstanceOf(DossierError);
    await expect(stuck).rejects.toMatchObject({ code: 'timeout', message: expect.stringMatching(/longer than 3 s/) as unknown });
    const next = JSON.parse(await pool.run({ text: AWKWARD }, {})) as { document: { text: string } };
    expect(next.document.text).toBe(AWKWARD);
    expect(pool.stats()).toEqual({ workers: 1, running: 0, queued: 0 });
  });

  it('stops an analysis that outgrows the heap, replaces the worker and analyses the next text', async () => {
    pool = new AnalysisPool({ timeoutMs: 60_000, heapMb: 96 }, 1);
    const greedy = pool.run({ text: AWKWARD }, {}, GROW);
    await expect(greedy).rejects.toBeInstanceOf(HttpError);
    await expect(greedy).rejects.toMatchObject({ status: 422, message: expect.stringMatching(/more than 96 MB of memory/) as unknown });
    const next = JSON.parse(await pool.run({ text: AWKWARD }, {})) as { document: { text: string } };
    expect(next.document.text).toBe(AWKWARD);
  });

  it('keeps later jobs queued behind a stuck one and runs them after it is stopped', async () => {
    pool = new AnalysisPool({ timeoutMs: 3000, heapMb: 256 }, 1);
    const order: string[] = [];
    const stuck = pool.run({ text: AWKWARD }, {}, SPIN).catch(() => order.push('stopped'));
    const after = pool.run({ text: 'A short note from the harbour office.' }, {}).then(() => order.push('analysed'));
    await Promise.all([stuck, after]);
    expect(order).toEqual(['stopped', 'analysed']);
  });

  it('turns a new analysis away with a clear error once the queue is full, and takes work again after', async () => {
    pool = new AnalysisPool({ timeoutMs: 3000, heapMb: 256, queueMax: 1 }, 1);
    const stuck = pool.run({ text: AWKWARD }, {}, SPIN).catch(() => 'stopped');
    // The first job waits in the queue until the worker has loaded; the queue is full only once it runs.
    while (pool.stats().running === 0) await new Promise((r) => setTimeout(r, 20));
    const waiting = pool.run({ text: 'A short note from the harbour office.' }, {});
    await expect(pool.run({ text: 'One more note.' }, {})).rejects.toMatchObject({ status: 503, message: expect.stringMatching(/busy: 1 analyses are waiting/) as unknown });
    await stuck;
    await waiting;
    await expect(pool.run({ text: 'One more note.' }, {})).resolves.toContain('One more note.');
  });
});

describe('the workbench when an analysis hits a limit', () => {
  let server: TestServer | undefined;
  afterEach(() => server?.stop());
  const post = (text: string) =>
    fetch(new URL('/api/analyze', server!.url), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text }) });

  async function expectStillServing(): Promise<void> {
    const health = await fetch(new URL('/api/health', server!.url));
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', analyses: { workers: 1, running: 0, queued: 0 } });
    expect((await fetch(new URL('/api/dossiers', server!.url))).status).toBe(200);
  }

  it('answers 503 with a one-line error when the time runs out', async () => {
    server = await startTestServer({ workers: 1, limits: { timeoutMs: 1 } });
    const res = await post(longArticle(200 * 1024));
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ error: 'the analysis took longer than 0.001 s and was stopped; try a shorter text' });
    await expectStillServing();
  });

  it('answers 422 with a one-line error when the heap runs out, then analyses a short text', async () => {
    server = await startTestServer({ workers: 1, limits: { heapMb: 32 } });
    const res = await post(longArticle(400 * 1024));
    expect(res.status).toBe(422);
    expect(await res.json()).toEqual({ error: 'the analysis needed more than 32 MB of memory and was stopped; try a shorter text' });
    await expectStillServing();
    expect((await post('A short note from the harbour office.')).status).toBe(201);
  });
});
