import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { startServer, type RunningServer } from '../../src/server/start.js';
import type { BenchArticle, BenchSuite } from '../suite.js';

const REQUESTS = 50;
const WARM_UP = 5;
const CHROMIUM = '/usr/bin/chromium';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Articles of the corpus joined until the text reaches `bytes`. */
function textOf(corpus: BenchArticle[], bytes: number, from = 0): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = from; size < bytes; i = (i + 1) % corpus.length) {
    parts.push(corpus[i].text);
    size += Buffer.byteLength(corpus[i].text) + 2;
  }
  return parts.join('\n\n').slice(0, bytes);
}

async function analyse(server: RunningServer, text: string): Promise<{ ms: number; id: string }> {
  const t0 = performance.now();
  const res = await fetch(new URL('/api/analyze', server.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ text }),
  });
  const body = (await res.json()) as { id?: string; error?: string };
  const ms = performance.now() - t0;
  if (!res.ok || !body.id) throw new Error(`analyze answered ${res.status}: ${body.error ?? ''}`);
  return { ms, id: body.id };
}

/** Calls `url` one after another in a thread of its own until told to stop, and posts how long each took. */
const POLLER = `
const { parentPort, workerData } = require('node:worker_threads');
let stop = false;
const waits = [];
parentPort.once('message', () => (stop = true));
(async () => {
  while (!stop) {
    const t0 = performance.now();
    await (await fetch(workerData)).json();
    waits.push(performance.now() - t0);
    await new Promise((r) => setTimeout(r, 10));
  }
  parentPort.postMessage(waits);
})();
`;

/**
 * How long health calls wait while a large analysis runs. The calls come from another thread, as a
 * browser's would come from another process, so the client's own work does not count.
 */
async function healthDuring(server: RunningServer, text: string): Promise<{ analyzeMs: number; health: number[] }> {
  const poller = new Worker(POLLER, { eval: true, workerData: new URL('/api/health', server.url).href });
  try {
    const waits = new Promise<number[]>((resolve) => poller.once('message', resolve));
    const t0 = performance.now();
    const res = await fetch(new URL('/api/analyze', server.url), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text }) });
    await res.arrayBuffer();
    const analyzeMs = performance.now() - t0;
    if (res.status !== 201) throw new Error(`analyze answered ${res.status}`);
    poller.postMessage('stop');
    return { analyzeMs, health: await waits };
  } finally {
    await poller.terminate();
  }
}

/** Polls an expression (the page's policy forbids the evaluation `waitForFunction` uses). */
async function until(page: { evaluate(expr: string): Promise<unknown> }, expr: string): Promise<void> {
  const t0 = Date.now();
  while (!(await page.evaluate(expr))) {
    if (Date.now() - t0 > 60000) throw new Error(`timed out waiting for ${expr}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Loads a large saved dossier in headless Chromium: time to the full text, longest main-thread task. */
async function renderFigures(server: RunningServer, id: string): Promise<Record<string, number>> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(server.url);
    await page.evaluate(`(() => {
      window.__longest = 0;
      new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration); })
        .observe({ type: 'longtask', buffered: false });
    })()`);
    const t0 = Date.now();
    await page.evaluate(`location.hash = '#/d/${id}'`);
    await page.locator('.article').waitFor();
    const firstPaint = Date.now() - t0;
    await until(page, `!document.querySelector('.article > p')`);
    const full = Date.now() - t0;
    const s = Date.now();
    await page.locator('.panels button.item').first().click();
    await until(page, `document.querySelector('.panels li.open') !== null`);
    const selectMs = Date.now() - s;
    const longest = Number(await page.evaluate('window.__longest'));
    const marks = await page.locator('.article mark').count();
    return { 'first text ms': firstPaint, 'full text ms': full, 'entity click ms': selectMs, 'longest task ms': longest, marks };
  } finally {
    await browser.close();
  }
}

/** The workbench API over real HTTP on loopback, health calls during a 200 KB analysis, and the page with a 200 KB text. */
export const apiSuite: BenchSuite = {
  name: 'workbench API (HTTP on loopback)',
  async run(corpus) {
    const store = mkdtempSync(join(tmpdir(), 'dossier-bench-api-'));
    const server = await startServer({ port: 0, storePath: store });
    try {
      const article = textOf(corpus, 10 * 1024);
      for (let i = 0; i < WARM_UP; i++) await analyse(server, article);
      const times: number[] = [];
      for (let i = 0; i < REQUESTS; i++) times.push((await analyse(server, article)).ms);
      times.sort((a, b) => a - b);
      const p50 = percentile(times, 50);
      const p99 = percentile(times, 99);
      console.log(`  POST /api/analyze, 10 KB article, ${REQUESTS} requests: p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms (target p50 < 300 ms)`);
      const figures: Record<string, number> = { 'analyze 10 KB p50 ms': p50, 'analyze 10 KB p99 ms': p99 };

      const big = await analyse(server, textOf(corpus, 200 * 1024, 7));
      console.log(`  POST /api/analyze, 200 KB article: ${big.ms.toFixed(0)} ms`);
      figures['analyze 200 KB ms'] = big.ms;
      const during = await healthDuring(server, textOf(corpus, 200 * 1024, 11));
      const waits = [...during.health].sort((a, b) => a - b);
      const worst = waits.length ? waits[waits.length - 1] : NaN;
      console.log(`  GET /api/health during a 200 KB analysis (${during.analyzeMs.toFixed(0)} ms): ${waits.length} calls, p50 ${percentile(waits, 50)?.toFixed(1)} ms, slowest ${worst.toFixed(1)} ms`);
      figures['health during 200 KB p50 ms'] = percentile(waits, 50) ?? NaN;
      figures['health during 200 KB max ms'] = worst;
      if (existsSync(CHROMIUM)) {
        const page = await renderFigures(server, big.id);
        console.log(`  page, 200 KB dossier (${page.marks} highlights): text shown ${page['first text ms']} ms, all rendered ${page['full text ms']} ms, entity click ${page['entity click ms']} ms, longest main-thread task ${page['longest task ms'].toFixed(0)} ms`);
        Object.assign(figures, Object.fromEntries(Object.entries(page).map(([k, v]) => [`page 200 KB ${k}`, v])));
      } else console.log(`  page figures skipped: ${CHROMIUM} is not installed`);
      return figures;
    } finally {
      await server.close();
      rmSync(store, { recursive: true, force: true });
    }
  },
};
