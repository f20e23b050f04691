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

interface Queued {
  id: number;
  job: ExtractJob;
  resolve: (x: Extraction) => void;
  reject: (e: Error) => void;
}

/**
 * Extraction in a worker thread (`script` is the bundled extract-worker.js), started on the first
 * job. The worker is given one job at a time, the one asked for last first: an analyst clicking
 * through long reports waits for the source on screen, not for the ones passed over (their answers
 * still come, later). The worker holds the process open only while it has a job; one that dies
 * fails the job it had with an error the reader shows, and a new one takes the jobs still queued.
 */
export class ExtractThread implements ExtractRunner {
  private worker: Worker | undefined;
  private readonly queue: Queued[] = [];
  private running: Queued | undefined;
  private nextId = 1;

  constructor(private readonly script: string) {}

  run(job: ExtractJob): Promise<Extraction> {
    return new Promise<Extraction>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, job, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    const stopped = new FrontierError('INTERNAL', 'Extraction stopped: the notebook closed');
    for (const q of [...(this.running ? [this.running] : []), ...this.queue.splice(0)]) q.reject(stopped);
    this.running = undefined;
    await worker?.terminate();
  }

  private pump(): void {
    if (this.running) return;
    const next = this.queue.pop();
    if (!next) {
      this.worker?.unref();
      return;
    }
    const worker = this.started();
    this.running = next;
    worker.ref();
    worker.postMessage({ id: next.id, job: next.job } satisfies ToExtractWorker);
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    // No inherited flags: a parent's loader (tsx in the benchmarks) would slow every import of the worker.
    const worker = new Worker(this.script, { name: 'frontier-extract', execArgv: [] });
    worker.on('message', (m: FromExtractWorker) => this.received(m));
    worker.on('error', (err) => this.died(worker, err));
    worker.on('exit', (code) => this.died(worker, new Error(`the extraction worker exited with code ${code}`)));
    this.worker = worker;
    return worker;
  }

  private received(m: FromExtractWorker): void {
    const done = this.running;
    if (!done || done.id !== m.id) return;
    this.running = undefined;
    if (m.error !== undefined) done.reject(new FrontierError('INTERNAL', `Extraction failed: ${m.error}`));
    else done.resolve(m.value);
    this.pump();
  }

  private died(worker: Worker, err: Error): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    const lost = this.running;
    this.running = undefined;
    lost?.reject(new FrontierError('INTERNAL', `Extraction failed: ${err.message}`));
    this.pump();
  }
}
