import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { BenchSuite } from '../suite.js';

const HERE = new URL('.', import.meta.url).pathname;

interface Figures {
  entries: number;
  names: number;
  genMs: number;
  buildMs: number;
  rssMB: number;
  peakRssMB: number;
  p50: number;
  p99: number;
  queries: number;
  bruteQueries: number;
  bruteMs: number;
  sampleIndexMs: number;
  relevant: number;
  recall: number;
}

/** One measurement in a child process of its own, so its memory is its own. */
function measure(entries: number, queries: number, brute: number): Figures {
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(HERE, '..', 'names', 'measure.ts'), String(entries), String(queries), String(brute)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as Figures;
}

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

/**
 * Watchlist screening at scale: the blocking-key index over a synthetic million-entry list against
 * scoring every name. Recall@10 is the share of the brute-force top ten (scores >= 0.75) the index
 * also returns; a second list of 50,000 entries gives the same figure over more queries.
 * NAMES_BENCH_ENTRIES, _QUERIES, _BRUTE and _SMALL_ENTRIES, _SMALL_BRUTE change the sizes.
 */
export const namesBenchSuite: BenchSuite = {
  name: 'watchlist names: index vs brute force',
  async run() {
    // Brute force scores every name (about 15 s of one core a query at 1M), so it takes a sample of the queries.
    const big = measure(env('NAMES_BENCH_ENTRIES', 1_000_000), env('NAMES_BENCH_QUERIES', 1000), env('NAMES_BENCH_BRUTE', 40));
    const small = measure(env('NAMES_BENCH_SMALL_ENTRIES', 50_000), 1000, env('NAMES_BENCH_SMALL_BRUTE', 300));
    const row = (f: Figures) =>
      `  ${String(f.entries).padStart(9)} ${String(f.names).padStart(9)} ${(f.buildMs / 1000).toFixed(1).padStart(8)} ${f.rssMB.toFixed(0).padStart(7)} ${f.p50.toFixed(2).padStart(7)} ${f.p99.toFixed(2).padStart(7)} ${f.sampleIndexMs.toFixed(2).padStart(9)} ${f.bruteMs.toFixed(0).padStart(9)} ${(f.bruteMs / f.sampleIndexMs).toFixed(0).padStart(7)} ${`${f.recall.toFixed(3)} (${f.relevant} over ${f.bruteQueries} q)`.padStart(22)}`;
    console.log(`  ${'entries'.padStart(9)} ${'names'.padStart(9)} ${'build s'.padStart(8)} ${'RSS MB'.padStart(7)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'index ms'.padStart(9)} ${'brute ms'.padStart(9)} ${'speedup'.padStart(7)} ${'recall@10 vs brute'.padStart(22)}`);
    console.log(row(big));
    console.log(row(small));
    console.log(`  targets at 1M: build < 60 s, p50 < 5 ms, p99 < 50 ms, RSS < 2048 MB, recall@10 >= 0.99`);
    return {
      entries: big.entries,
      'build s': big.buildMs / 1000,
      'RSS MB': big.rssMB,
      'p50 ms': big.p50,
      'p99 ms': big.p99,
      speedup: big.bruteMs / big.sampleIndexMs,
      'recall@10': big.recall,
      [`recall@10 (${small.entries / 1000}k, ${small.bruteQueries} queries)`]: small.recall,
      'p50 ms (small list)': small.p50,
    };
  },
};
