import { Doc, type DocInit } from '../doc/document.js';
import { toDossier } from '../dossier/assemble.js';
import type { Dossier } from '../dossier/contract.js';
import type { AnalyzeOptions, Layer, Stage } from './stage.js';
import { STAGES } from './stages.js';

/** Runs every enabled stage over the document, in order. */
export function runPipeline(doc: Doc, options: AnalyzeOptions = {}, stages: Stage[] = STAGES): Doc {
  const skip = new Set(options.disable ?? []);
  if (options.published && !doc.published) doc.published = options.published;
  for (const stage of stages) {
    if (!skip.has(stage.name)) stage.run(doc, options);
  }
  return doc;
}

/** Analyses a text (or an ingested document) into a dossier. */
export function analyzeText(input: string | DocInit, options: AnalyzeOptions = {}): Dossier {
  const doc = new Doc(typeof input === 'string' ? { text: input } : input);
  return toDossier(runPipeline(doc, options));
}

/** Lists the needs of each stage that no earlier stage assigns (empty when the order is sound). */
export function checkOrder(stages: Stage[] = STAGES): string[] {
  const have = new Set<Layer>(['published']);
  const problems: string[] = [];
  for (const stage of stages) {
    for (const need of stage.requires) {
      if (!have.has(need)) problems.push(`${stage.name} needs ${need}, which no earlier stage assigns`);
    }
    for (const layer of stage.assigns) have.add(layer);
  }
  return problems;
}
