import type { Worker } from 'node:worker_threads';
import { DossierError, type ErrorCode } from '../errors.js';
import type { Parsed } from './parsed.js';
import type { Job } from './worker.js';
import { startWorkerThread } from '../worker-thread.js';

/** Bounds for one file's parse: wall time and the parser's heap. */
export const PARSE_LIMITS = { timeoutMs: 60_000, heapMb: 512 };

let worker: Worker | null = null;
let nextId = 1;
let queue: Promise<unknown> = Promise.resolve();

/**
 * Parses a file in a worker thread with a heap limit and a time limit. A file that hangs the
 * parser or exhausts its heap costs that worker, which is replaced; the caller gets a one-line error.
 */
export function parseInWorker(format: string, bytes: Uint8Array, name: string, limits = PARSE_LIMITS): Promise<Parsed> {
  const run = queue.then(() => runJob({ id: nextId++, format, bytes, name }, limits));
  queue = run.catch(() => undefined);
  return run;
}

/** Stops the worker (it is started again on the next parse). */
export async function closeWorker(): Promise<void> {
  const w = worker;
  worker = null;
  if (w) await w.terminate();
}

function runJob(job: Job, limits: typeof PARSE_LIMITS): Promise<Parsed> {
  const w = (worker ??= startWorker(limits.heapMb));
  w.ref();
  return new Promise<Parsed>((resolve, reject) => {
    const done = (fn: () => void) => {
      clearTimeout(timer);
      w.off('message', onMessage);
      w.off('error', onError);
      w.off('exit', onExit);
      if (worker === w) w.unref();
      fn();
    };
    const kill = (code: ErrorCode, message: string) => {
      if (worker === w) worker = null;
      void w.terminate();
      done(() => reject(new DossierError(code, message)));
    };
    const onMessage = (msg: { id: number; parsed?: Parsed; error?: { code: ErrorCode; message: string } }) => {
      if (msg.id !== job.id) return;
      done(() => (msg.error ? reject(new DossierError(msg.error.code, msg.error.message)) : resolve(msg.parsed!)));
    };
    const onError = (err: Error & { code?: string }) => {
      const oom = err.code === 'ERR_WORKER_OUT_OF_MEMORY' || /out of memory|heap/i.test(err.message);
      kill(oom ? 'too-large' : 'bad-format', oom ? `${job.name}: parsing needed more than ${limits.heapMb} MB of memory; skipped` : `${job.name}: parser crashed (${err.message.split('\n')[0]})`);
    };
    const onExit = () => kill('bad-format', `${job.name}: parser stopped unexpectedly`);
    const timer = setTimeout(() => kill('timeout', `${job.name}: parsing took longer than ${limits.timeoutMs / 1000} s; skipped`), limits.timeoutMs);
    w.on('message', onMessage);
    w.on('error', onError);
    w.on('exit', onExit);
    w.postMessage(job);
  });
}

function startWorker(heapMb: number): Worker {
  return startWorkerThread(import.meta.url, 'worker', heapMb);
}
