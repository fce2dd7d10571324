import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { DocInit } from '../doc/document.js';
import { DossierError } from '../errors.js';
import type { AnalyzeOptions } from '../pipeline/stage.js';
import type { AnalysisJob, AnalysisReply } from './analysis-worker.js';
import type { StoredFacts } from '../store/summary.js';
import { startWorkerThread } from '../worker-thread.js';
import { HttpError } from './errors.js';

/** Bounds for one analysis: wall time from the moment a worker takes it, and each worker's heap. */
export interface AnalysisLimits {
  timeoutMs: number;
  heapMb: number;
  /** Analyses waiting for a worker before new ones are turned away: each holds its text in memory. */
  queueMax?: number;
}

/** A 2 million character text (the ingest bound) needs about 600 MB. */
export const ANALYSIS_LIMITS: AnalysisLimits = { timeoutMs: 120_000, heapMb: 1024, queueMax: 64 };

/** One worker per core, less the one the server's main thread runs on. */
export function defaultPoolSize(): number {
  return Math.max(1, availableParallelism() - 1);
}

/** A finished analysis: the dossier as JSON text, and what the store lists beside it. */
export interface Analysed {
  json: string;
  facts: StoredFacts;
}

interface Pending {
  job: AnalysisJob;
  resolve(done: Analysed): void;
  reject(err: Error): void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  pending: Pending | null;
  timer?: NodeJS.Timeout;
}

/**
 * Analyses in worker threads with a time and a heap limit, so the main thread only takes requests
 * and stores results. A job that runs out of time or memory costs its worker, which is replaced.
 */
export class AnalysisPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly limits: AnalysisLimits = ANALYSIS_LIMITS,
    readonly size = defaultPoolSize(),
  ) {}

  /** Starts every worker now, so the first analysis does not wait for the pipeline to load. */
  warm(): void {
    while (!this.closed && this.slots.size < this.size) this.spawn();
  }

  /** The dossier of `input` as JSON text, byte for byte what `JSON.stringify(analyzeText(...))` gives. */
  async run(input: DocInit, options: AnalyzeOptions, before?: string): Promise<string> {
    return (await this.analyse(input, options, before)).json;
  }

  /** The dossier as JSON text with the facts the store lists beside it, so this thread never parses it. */
  analyse(input: DocInit, options: AnalyzeOptions, before?: string): Promise<Analysed> {
    if (this.closed) return Promise.reject(new HttpError(503, 'the server is stopping'));
    const most = this.limits.queueMax ?? ANALYSIS_LIMITS.queueMax!;
    if (this.queue.length >= most) return Promise.reject(new HttpError(503, `the server is busy: ${most} analyses are waiting; try again shortly`));
    return new Promise<Analysed>((resolve, reject) => {
      this.queue.push({ job: { id: this.nextId++, input, options, before }, resolve, reject });
      this.dispatch();
    });
  }

  stats(): { workers: number; running: number; queued: number } {
    const running = [...this.slots].filter((s) => s.pending).length;
    return { workers: this.slots.size, running, queued: this.queue.length };
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.reject(new HttpError(503, 'the server is stopping'));
    const slots = [...this.slots];
    this.slots.clear();
    for (const slot of slots) {
      clearTimeout(slot.timer);
      slot.pending?.reject(new HttpError(503, 'the server is stopping'));
    }
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (!this.queue.length) return;
      if (slot.ready && !slot.pending) this.start(slot, this.queue.shift()!);
    }
    const starting = [...this.slots].filter((s) => !s.ready).length;
    for (let n = starting; n < this.queue.length && this.slots.size < this.size; n++) this.spawn();
  }

  private spawn(): void {
    const slot: Slot = { worker: startWorker(this.limits.heapMb), ready: false, pending: null };
    this.slots.add(slot);
    slot.worker.on('message', (msg: AnalysisReply | { ready: true }) => {
      if ('ready' in msg) {
        slot.ready = true;
        // An idle worker does not keep the process alive; `start` holds it while a job runs.
        slot.worker.unref();
        this.dispatch();
      } else if (slot.pending?.job.id === msg.id) this.finish(slot, msg);
    });
    slot.worker.on('error', (err: Error & { code?: string }) => {
      const oom = err.code === 'ERR_WORKER_OUT_OF_MEMORY' || /out of memory|heap/i.test(err.message);
      this.fail(slot, oom ? this.memoryError() : new Error(`analysis worker crashed: ${err.message.split('\n')[0]}`));
    });
    slot.worker.on('exit', () => this.fail(slot, new Error('analysis worker stopped unexpectedly')));
  }

  private start(slot: Slot, pending: Pending): void {
    slot.pending = pending;
    slot.worker.ref();
    const seconds = this.limits.timeoutMs / 1000;
    slot.timer = setTimeout(() => this.fail(slot, new DossierError('timeout', `the analysis took longer than ${seconds} s and was stopped; try a shorter text`)), this.limits.timeoutMs);
    slot.worker.postMessage(pending.job);
  }

  private finish(slot: Slot, reply: AnalysisReply): void {
    const pending = slot.pending!;
    clearTimeout(slot.timer);
    slot.pending = null;
    slot.worker.unref();
    if ('json' in reply) pending.resolve({ json: reply.json, facts: reply.facts });
    else pending.reject(reply.error.code ? new DossierError(reply.error.code, reply.error.message) : new Error(reply.error.message));
    this.dispatch();
  }

  /** Drops a worker that crashed, ran out of memory or time; a job waiting on it gets `err`. */
  private fail(slot: Slot, err: Error): void {
    if (!this.slots.delete(slot)) return;
    clearTimeout(slot.timer);
    void slot.worker.terminate();
    // A worker that dies while loading fails the next job rather than being restarted in a loop.
    const victim = slot.pending ?? (slot.ready ? null : this.queue.shift());
    slot.pending = null;
    victim?.reject(err);
    if (this.closed) return;
    if (slot.ready) this.spawn();
    this.dispatch();
  }

  private memoryError(): HttpError {
    return new HttpError(422, `the analysis needed more than ${this.limits.heapMb} MB of memory and was stopped; try a shorter text`);
  }
}

function startWorker(heapMb: number): Worker {
  return startWorkerThread(import.meta.url, 'analysis-worker', heapMb);
}
