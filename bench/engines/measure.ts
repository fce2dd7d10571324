import { readFileSync } from 'node:fs';
import type { BenchArticle } from '../suite.js';

/** Figures one engine reports over the corpus, measured inside its own process. */
export interface EngineFigures {
  engine: string;
  articles: number;
  bytes: number;
  seconds: number;
  kbPerSecond: number;
  articlesPerSecond: number;
  p50ms: number;
  p99ms: number;
  p50ms10kb: number;
  peakRssMb: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/**
 * Times `work` on every article of the corpus file named on the command line and prints the
 * figures as one JSON line. A short warm-up first, so the JIT is measured warm.
 */
export function measureEngine(engine: string, work: (text: string) => unknown): void {
  const corpus = JSON.parse(readFileSync(process.argv[2], 'utf8')) as BenchArticle[];
  for (const a of corpus.slice(0, 10)) work(a.text);
  const times: number[] = [];
  const near10kb: number[] = [];
  let bytes = 0;
  const t0 = process.hrtime.bigint();
  for (const a of corpus) {
    const s = process.hrtime.bigint();
    work(a.text);
    const ms = Number(process.hrtime.bigint() - s) / 1e6;
    times.push(ms);
    if (a.text.length >= 8 * 1024 && a.text.length <= 12 * 1024) near10kb.push(ms);
    bytes += Buffer.byteLength(a.text);
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  times.sort((x, y) => x - y);
  near10kb.sort((x, y) => x - y);
  const figures: EngineFigures = {
    engine,
    articles: corpus.length,
    bytes,
    seconds,
    kbPerSecond: bytes / 1024 / seconds,
    articlesPerSecond: corpus.length / seconds,
    p50ms: percentile(times, 50),
    p99ms: percentile(times, 99),
    p50ms10kb: percentile(near10kb, 50),
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}
