import { performance } from 'node:perf_hooks';
import { Doc } from '../../src/doc/document.js';
import { quotesStage } from '../../src/quotes/stage.js';
import { referencesStage } from '../../src/references/stage.js';
import { segmentStage } from '../../src/segment/stage.js';
import type { BenchArticle, BenchSuite } from '../suite.js';

/** Enough text for stable figures without holding the bench for minutes on two shared cores. */
const MAX_BYTES = 2 * 1024 * 1024;

type Step = 'clean-up' | 'segment' | 'references' | 'quotes';
const STEPS: Step[] = ['clean-up', 'segment', 'references', 'quotes'];

/** Milliseconds per step over a list of texts. */
function timeSteps(texts: string[]): Record<Step, number> {
  const total: Record<Step, number> = { 'clean-up': 0, segment: 0, references: 0, quotes: 0 };
  for (const text of texts) {
    let t = performance.now();
    const doc = new Doc({ text });
    total['clean-up'] += performance.now() - t;
    for (const [step, stage] of [['segment', segmentStage], ['references', referencesStage], ['quotes', quotesStage]] as const) {
      t = performance.now();
      stage.run(doc, {});
      total[step] += performance.now() - t;
    }
  }
  return total;
}

/**
 * Clean-up view, segmentation, references and quotes, article by article and on the same
 * text as one long document: the KB/s of the two should be close, since every step is one
 * pass over the text (a step that rescans per sentence slows down on the long document).
 */
export const textLayersSuite: BenchSuite = {
  name: 'clean-up, segmentation, references and quotes',
  async run(corpus: BenchArticle[]) {
    const texts: string[] = [];
    let bytes = 0;
    for (const a of corpus) {
      if (bytes >= MAX_BYTES) break;
      texts.push(a.text);
      bytes += a.text.length;
    }
    timeSteps(texts.slice(0, 20)); // warm-up
    const each = timeSteps(texts);
    const whole = timeSteps([texts.join('\n\n')]);
    const kb = bytes / 1024;
    const rate = (ms: number) => (ms > 0 ? kb / (ms / 1000) : Infinity);
    console.log(`  ${texts.length} articles, ${kb.toFixed(0)} KB`);
    console.log(`  ${'step'.padEnd(12)} ${'KB/s each'.padStart(10)} ${'KB/s whole'.padStart(11)}`);
    const out: Record<string, number> = {};
    for (const step of STEPS) {
      console.log(`  ${step.padEnd(12)} ${rate(each[step]).toFixed(0).padStart(10)} ${rate(whole[step]).toFixed(0).padStart(11)}`);
      out[`${step} KB/s`] = Math.round(rate(each[step]));
      out[`${step} KB/s one document`] = Math.round(rate(whole[step]));
    }
    return out;
  },
};
