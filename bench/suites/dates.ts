import * as chrono from 'chrono-node';
import { performance } from 'node:perf_hooks';
import { datesStage } from '../../src/dates/stage.js';
import { Doc } from '../../src/doc/document.js';
import { segmentStage } from '../../src/segment/stage.js';
import type { BenchArticle, BenchSuite } from '../suite.js';

/** Enough text for stable figures without holding the bench for minutes on two shared cores. */
const MAX_BYTES = 2 * 1024 * 1024;

interface Figures {
  kbPerSecond: number;
  p50ms: number;
  p99ms: number;
  datesPerKb: number;
}

function measure(texts: string[], run: (i: number) => number): Figures {
  for (let i = 0; i < Math.min(5, texts.length); i++) run(i); // warm-up
  const times: number[] = [];
  let found = 0;
  const t0 = performance.now();
  for (let i = 0; i < texts.length; i++) {
    const s = performance.now();
    found += run(i);
    times.push(performance.now() - s);
  }
  const seconds = (performance.now() - t0) / 1000;
  const kb = texts.reduce((n, t) => n + t.length, 0) / 1024;
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { kbPerSecond: kb / seconds, p50ms: at(0.5), p99ms: at(0.99), datesPerKb: found / kb };
}

/** The date stage (chrono plus our parsers, refiners and values) beside chrono's own `parse` on the same texts. */
export const datesBenchSuite: BenchSuite = {
  name: 'dates stage vs chrono-node',
  async run(corpus: BenchArticle[]) {
    const articles: BenchArticle[] = [];
    let bytes = 0;
    for (const a of corpus) {
      if (bytes >= MAX_BYTES) break;
      articles.push(a);
      bytes += a.text.length;
    }
    const texts = articles.map((a) => a.text);
    const reference = new Date(Date.UTC(2020, 0, 1, 12));
    const raw = measure(texts, (i) => chrono.parse(texts[i], reference).length);
    const docs = texts.map((text) => {
      const doc = new Doc({ text, published: '2020-01-01' });
      segmentStage.run(doc, {});
      return doc;
    });
    const ours = measure(texts, (i) => {
      datesStage.run(docs[i], {});
      return docs[i].dates.length;
    });
    const f1 = (n: number) => n.toFixed(1);
    console.log(`  ${articles.length} articles, ${(bytes / 1024).toFixed(0)} KB`);
    console.log(`  ${'engine'.padEnd(26)} ${'KB/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'dates/KB'.padStart(9)}`);
    for (const [name, f] of [['dossier dates stage', ours], ['chrono-node parse', raw]] as const) {
      console.log(`  ${name.padEnd(26)} ${f1(f.kbPerSecond).padStart(8)} ${f.p50ms.toFixed(2).padStart(8)} ${f.p99ms.toFixed(2).padStart(8)} ${f.datesPerKb.toFixed(2).padStart(9)}`);
    }
    console.log(`  throughput ratio dates stage / chrono parse: ${(ours.kbPerSecond / raw.kbPerSecond).toFixed(2)}x`);
    return {
      'dates stage KB/s': ours.kbPerSecond,
      'chrono parse KB/s': raw.kbPerSecond,
      ratio: ours.kbPerSecond / raw.kbPerSecond,
      'dates stage p50 ms': ours.p50ms,
    };
  },
};
