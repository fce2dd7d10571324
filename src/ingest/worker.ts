import { parentPort } from 'node:worker_threads';
import { DossierError } from '../errors.js';
import { parseDocx } from './docx.js';
import { parseEml } from './eml.js';
import { ingestHtml } from './html.js';
import type { Parsed } from './parsed.js';
import { parsePdf } from './pdf.js';

/** The parsers that run inside the worker, away from the main thread's memory and time. */
const PARSERS: Record<string, (bytes: Uint8Array, name: string) => Promise<Parsed> | Parsed> = {
  pdf: parsePdf,
  docx: parseDocx,
  eml: parseEml,
  html: (bytes, name) => ({ doc: ingestHtml(bytes, name) }),
};

export interface Job {
  id: number;
  format: string;
  name: string;
  bytes: Uint8Array;
}

parentPort?.on('message', async (job: Job) => {
  try {
    const parse = PARSERS[job.format];
    if (!parse) throw new DossierError('unsupported', `${job.name}: no parser for ${job.format}`);
    const parsed = await parse(job.bytes, job.name);
    parentPort!.postMessage({ id: job.id, parsed });
  } catch (err) {
    const e = err instanceof DossierError ? err : null;
    const message = e ? e.message : `${job.name}: cannot be parsed (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`;
    parentPort!.postMessage({ id: job.id, error: { code: e?.code ?? 'bad-format', message } });
  }
});
