import { bruteForce } from '../../src/screening/brute-force.js';
import { NameIndex, type IndexedName } from '../../src/screening/name-index.js';
import { generateList, outsiders, respell, rng } from './generate.js';

/**
 * Child process of the names benchmark: builds the index over a synthetic list, times queries, then
 * scores the whole list without the index for a sample of queries. Prints one JSON line.
 * Arguments: entries, index queries, brute-force queries.
 */
const [entries, queryCount, bruteCount] = process.argv.slice(2).map(Number);
const gc = (globalThis as { gc?: () => void }).gc;

const t0 = performance.now();
let list = generateList(entries, 1);
let names: IndexedName[] = [];
list.forEach((e, i) => {
  const kind = e.kind === 'organization' ? ('organization' as const) : undefined;
  names.push({ text: e.name, entry: i, kind });
  for (const a of e.aliases) names.push({ text: a, entry: i, kind });
});
const genMs = performance.now() - t0;

// Queries: list names as another agency or a reporter would spell them, and people not on the list.
const r = rng(4242);
const strangers = outsiders(Math.ceil(queryCount / 5), 777);
const queries: string[] = [];
for (let i = 0; i < queryCount; i++) {
  queries.push(i % 5 === 4 ? strangers[(i / 5) | 0] : respell(r, list[Math.floor(r() * entries)].name));
}
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
const indexed = queries.map((q) => {
  const s = performance.now();
  const found = index.search(q);
  times.push(performance.now() - s);
  return found;
});
times.sort((a, b) => a - b);
const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))];

// Brute force over the whole list for the first queries that name a listed person.
const sample = queries.filter((_, i) => i % 5 !== 4).slice(0, bruteCount);
const t2 = performance.now();
const brute = bruteForce(index, sample);
const bruteMs = (performance.now() - t2) / Math.max(1, sample.length);
let want = 0;
let got = 0;
sample.forEach((q, i) => {
  const ids = new Set(index.search(q).map((c) => c.entry));
  for (const c of brute[i]) {
    want++;
    if (ids.has(c.entry)) got++;
  }
});
const sampleIndexMs = sample.reduce((s, q) => {
  const t = performance.now();
  index.search(q);
  return s + performance.now() - t;
}, 0) / Math.max(1, sample.length);

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
    bruteMs,
    sampleIndexMs,
    relevant: want,
    recall: want ? got / want : 1,
    withResults: indexed.filter((f) => f.length).length,
  }),
);
