import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EngineFigures } from '../engines/measure.js';
import type { BenchArticle, BenchSuite } from '../suite.js';

const HERE = new URL('.', import.meta.url).pathname;

/** Runs one engine in a child process of its own, so its peak memory is its own. */
function runEngine(script: string, corpusFile: string): EngineFigures {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(HERE, '..', 'engines', script), corpusFile], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as EngineFigures;
}

const f1 = (n: number) => n.toFixed(1);

/** The whole pipeline against compromise, side by side on the same corpus. */
export const throughputSuite: BenchSuite = {
  name: 'pipeline throughput vs compromise',
  async run(corpus: BenchArticle[]) {
    const dir = join(HERE, '..', '..', '.bench');
    mkdirSync(dir, { recursive: true });
    const corpusFile = join(dir, 'corpus.json');
    writeFileSync(corpusFile, JSON.stringify(corpus));
    const ours = runEngine('pipeline.ts', corpusFile);
    const theirs = runEngine('compromise.ts', corpusFile);
    console.log(`  ${'engine'.padEnd(42)} ${'KB/s'.padStart(8)} ${'art/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'p50 10KB'.padStart(9)} ${'peak RSS MB'.padStart(12)}`);
    for (const e of [ours, theirs]) {
      console.log(`  ${e.engine.padEnd(42)} ${f1(e.kbPerSecond).padStart(8)} ${f1(e.articlesPerSecond).padStart(8)} ${f1(e.p50ms).padStart(8)} ${f1(e.p99ms).padStart(8)} ${f1(e.p50ms10kb).padStart(9)} ${f1(e.peakRssMb).padStart(12)}`);
    }
    const ratio = ours.kbPerSecond / theirs.kbPerSecond;
    console.log(`  throughput ratio dossier / compromise: ${ratio.toFixed(2)}x (target >= 5x); peak RSS ${f1(ours.peakRssMb)} MB (target <= 300); p50 10 KB ${f1(ours.p50ms10kb)} ms (target < 50)`);
    return {
      'pipeline KB/s': ours.kbPerSecond,
      'compromise KB/s': theirs.kbPerSecond,
      'ratio': ratio,
      'pipeline peak RSS MB': ours.peakRssMb,
      'pipeline p50 ms (10 KB)': ours.p50ms10kb,
    };
  },
};
