import { generateCorpus } from './corpus/generate.js';
import { BENCH_SUITES } from './suites/index.js';

/** `npm run bench [-- NAME...]`: builds the corpus once, then runs each suite (or those named). */
async function main(): Promise<void> {
  const only = process.argv.slice(2).map((s) => s.toLowerCase());
  const corpus = generateCorpus();
  const bytes = corpus.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  console.log(`corpus: ${corpus.length} articles, ${(bytes / 1048576).toFixed(2)} MB (deterministic)`);
  const summary: Record<string, Record<string, number | string>> = {};
  for (const suite of BENCH_SUITES) {
    if (only.length && !only.some((o) => suite.name.toLowerCase().includes(o))) continue;
    console.log(`\n== ${suite.name}`);
    try {
      summary[suite.name] = await suite.run(corpus);
    } catch (err) {
      console.log(`  failed: ${(err as Error).message.split('\n')[0]}`);
      process.exitCode = 1;
    }
  }
  console.log('\n== summary');
  for (const [name, figures] of Object.entries(summary)) {
    const parts = Object.entries(figures).map(([k, v]) => `${k} ${typeof v === 'number' ? +v.toPrecision(Math.abs(v) < 10 ? 3 : 4) : v}`);
    console.log(`  ${name}: ${parts.join('; ')}`);
  }
}

await main();
