import { Worker } from 'node:worker_threads';
import type { Extraction } from '../../../../shared/model';
import { FrontierError } from '../../../../shared/ipc/errors';
import type { ExtractJob, FromExtractWorker, ToExtractWorker } from './protocol';
import { runExtractJob } from './run-job';

/** Runs extraction jobs somewhere: in a worker thread (app, browser mode) or in the caller's (CLI, tests). */
export interface ExtractRunner {
  run(job: ExtractJob): Promise<Extraction>;
  close(): Promise<void>;
}

/** In the calling thread: for short-lived commands, where a thread would only add its start-up. */
export const inThreadRunner: ExtractRunner = { run: runExtractJob, close: async () => undefined };

/**
 * Extraction in a worker thread (`script` is the bundled extract-worker.js), started on the first
 * job. The worker holds the process open only while a job is pending, and one that dies is
 * started again for the next job; the jobs it had fail with an error the reader shows.
 */
export class ExtractThread implements ExtractRunner {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, { resolve: (x: Extraction) => void; reject: (e: Error) => void }>();
  private nextId = 1;

  constructor(private readonly script: string) {}

  run(job: ExtractJob): Promise<Extraction> {
    const worker = this.started();
    const id = this.nextId++;
    return new Promise<Extraction>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ id, job } satisfies ToExtractWorker);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.failAll(new FrontierError('INTERNAL', 'Extraction stopped: the notebook closed'));
    await worker?.terminate();
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    // No inherited flags: a parent's loader (tsx in the benchmarks) would slow every import of the worker.
    const worker = new Worker(this.script, { name: 'frontier-extract', execArgv: [] });
    worker.on('message', (m: FromExtractWorker) => this.received(worker, m));
    worker.on('error', (err) => this.died(worker, err));
    worker.on('exit', (code) => this.died(worker, new Error(`the extraction worker exited with code ${code}`)));
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private received(worker: Worker, m: FromExtractWorker): void {
    const p = this.pending.get(m.id);
    this.pending.delete(m.id);
    if (this.pending.size === 0) worker.unref();
    if (m.error !== undefined) p?.reject(new FrontierError('INTERNAL', `Extraction failed: ${m.error}`));
    else p?.resolve(m.value);
  }

  private died(worker: Worker, err: Error): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    this.failAll(new FrontierError('INTERNAL', `Extraction failed: ${err.message}`));
  }

  private failAll(err: Error): void {
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }
}
