/** The dossier library: analyse text or files into the `dossier/1` contract. */
export { analyzeText, runPipeline, checkOrder } from './pipeline/run.js';
export { STAGES } from './pipeline/stages.js';
export type { Stage, AnalyzeOptions, Layer } from './pipeline/stage.js';
export { Doc, type DocInit, type Token, type Mention } from './doc/document.js';
export type { Span } from './doc/span.js';
export * from './dossier/contract.js';
export { ingestFile, ingestBytes, ingestFileParts, ingestParts, type Ingested } from './ingest/index.js';
export { DossierError } from './errors.js';
export { renderHtml } from './report/html/render.js';
export { renderMarkdown } from './report/markdown/render.js';

import { ingestFile } from './ingest/index.js';
import { analyzeText } from './pipeline/run.js';
import type { AnalyzeOptions } from './pipeline/stage.js';
import type { Dossier } from './dossier/contract.js';

/** Reads a file of any supported format and analyses it. */
export async function analyzeFile(path: string, options: AnalyzeOptions = {}): Promise<Dossier> {
  return analyzeText(await ingestFile(path), options);
}
