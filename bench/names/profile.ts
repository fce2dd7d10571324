import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
import { NameIndex } from '../../src/screening/name-index.js';
import { benchQueries, generateList, listNames } from './generate.js';

/**
 * Builds the index over a synthetic list once, then profiles the query path alone and lists the
 * slowest queries with how many names they touched and scored.
 * Arguments: entries, queries, profile output path (optional).
 */
const [entriesArg, queryArg, out] = process.argv.slice(2);
const entries = Number(entriesArg);
const queryCount = Number(queryArg);
const list = generateList(entries, 1);
const names = listNames(list);
const queries = benchQueries(list, queryCount);
const t0 = performance.now();
const index = new NameIndex(names);
console.log(`build ${((performance.now() - t0) / 1000).toFixed(1)} s, rss ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB`);
const session = new Session();
session.connect();
if (out) {
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
}
const rows = queries.map((q) => {
  const s = performance.now();
  const found = index.search(q);
  return { q, ms: performance.now() - s, touched: index.lastTouched, scored: index.lastScored, found: found.length };
});
if (out) {
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(out, JSON.stringify(profile));
}
rows.sort((a, b) => a.ms - b.ms);
const at = (p: number) => rows[Math.min(rows.length - 1, Math.floor(p * rows.length))].ms;
console.log(`p50 ${at(0.5).toFixed(2)} ms, p90 ${at(0.9).toFixed(2)} ms, p99 ${at(0.99).toFixed(2)} ms`);
for (const row of rows.slice(-Math.max(5, Math.ceil(rows.length / 50)))) console.log(`${row.ms.toFixed(1).padStart(7)} ms touched ${String(row.touched).padStart(7)} scored ${String(row.scored).padStart(6)} found ${row.found}  ${row.q}`);
