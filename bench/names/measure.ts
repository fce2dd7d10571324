import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { NameIndex, type IndexedName } from '../../src/screening/name-index.js';
import { TopEntries } from '../../src/screening/top.js';
import { benchQueries, generateList, listNames } from './generate.js';

/**
 * Child process of the names benchmark: builds the index over a synthetic list, times queries, then
 * scores the whole list without the index for a sample of queries (in one process per core, each
 * scoring a share of the names) and compares the two top tens. Prints one JSON line.
 * Arguments: entries, index queries, brute-force queries.
 */
const [entries, queryCount, bruteCount] = process.argv.slice(2).map(Number);
const gc = (globalThis as { gc?: () => void }).gc;
const HERE = new URL('.', import.meta.url).pathname;

const t0 = performance.now();
let list = generateList(entries, 1);
let names: IndexedName[] = listNames(list);
const genMs = performance.now() - t0;

const queries = benchQueries(list, queryCount);
gc?.();
const t1 = performance.now();
const index = new NameIndex(names);
const buildMs = performance.now() - t1;
const nameCount = names.length;
// Only the index stays: the generated list is the benchmark's, not the screener's.
list = [];
names = [];
gc?.();
const rssAfterBuild = process.memoryUsage().rss;
const times: number[] = [];
for (const q of queries) {
  const s = performance.now();
  index.search(q);
  times.push(performance.now() - s);
}
times.sort((a, b) => a - b);
const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))];

// Brute force over the whole list for the first queries that name a listed person.
const sample = queries.filter((_, i) => i % 5 !== 4).slice(0, bruteCount);
const dir = mkdtempSync(join(tmpdir(), 'names-bench-'));
const file = join(dir, 'queries.json');
writeFileSync(file, JSON.stringify(sample));
const shares = Math.max(1, Math.min(4, availableParallelism()));
const t2 = performance.now();
const parts = await Promise.all(
  Array.from({ length: shares }, (_, k) =>
    promisify(execFile)(process.execPath, ['--import', 'tsx', join(HERE, 'brute.ts'), String(entries), String(k), String(shares), file], { maxBuffer: 1 << 28 }),
  ),
);
const bruteWallMs = performance.now() - t2;
rmSync(dir, { recursive: true, force: true });
const found = parts.map((p) => JSON.parse(p.stdout) as Array<Array<{ entry: number; name: number; score: number }>>);
let want = 0;
let got = 0;
let indexMs = 0;
sample.forEach((q, i) => {
  const top = new TopEntries(10);
  for (const part of found) for (const c of part[i]) top.addScore(c.entry, c.name, c.score);
  const s = performance.now();
  const ids = new Set(index.search(q).map((c) => c.entry));
  indexMs += performance.now() - s;
  for (const c of top.best) {
    want++;
    if (ids.has(c.entry)) got++;
  }
});
const n = Math.max(1, sample.length);

console.log(
  JSON.stringify({
    entries,
    names: nameCount,
    genMs,
    buildMs,
    rssMB: rssAfterBuild / 1048576,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    p50: at(0.5),
    p99: at(0.99),
    queries: queries.length,
    bruteQueries: sample.length,
    // Brute force per query on one core: the wall time times the processes that shared it.
    bruteMs: (bruteWallMs * shares) / n,
    sampleIndexMs: indexMs / n,
    relevant: want,
    recall: want ? got / want : 1,
  }),
);
