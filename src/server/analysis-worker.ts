import { parentPort } from 'node:worker_threads';
import type { DocInit } from '../doc/document.js';
import { DossierError, type ErrorCode } from '../errors.js';
import { analyzeText } from '../pipeline/run.js';
import type { AnalyzeOptions } from '../pipeline/stage.js';
import { type StoredFacts, storedFacts } from '../store/summary.js';

/** One analysis: what the route would hand to `analyzeText`. */
export interface AnalysisJob {
  id: number;
  input: DocInit;
  options: AnalyzeOptions;
  /** URL of a module whose default export runs before the analysis; tests use it to stand in for a slow or greedy text. */
  before?: string;
}

/** The dossier as JSON text, serialised here so the main thread never walks the object; or the error. */
export type AnalysisReply = { id: number; json: string; facts: StoredFacts } | { id: number; error: { code: ErrorCode | null; message: string } };

parentPort?.on('message', async (job: AnalysisJob) => {
  let reply: AnalysisReply;
  try {
    if (job.before) ((await import(job.before)) as { default: (job: AnalysisJob) => unknown }).default(job);
    const dossier = analyzeText(job.input, job.options);
    reply = { id: job.id, json: JSON.stringify(dossier), facts: storedFacts(dossier) };
  } catch (err) {
    const known = err instanceof DossierError;
    const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
    reply = { id: job.id, error: { code: known ? err.code : null, message } };
  }
  parentPort!.postMessage(reply);
});

// The pipeline's modules are loaded by now: jobs sent from here on pay only for the analysis.
parentPort?.postMessage({ ready: true });
