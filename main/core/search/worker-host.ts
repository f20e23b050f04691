import { Worker } from 'node:worker_threads';
import type { SearchResults, SearchStatus } from '../../../shared/ipc/search-schemas';
import { FrontierError } from '../../../shared/ipc/errors';
import type { EngineConfig, EngineStats, SearchRequest } from './engine';
import type { IndexHost } from './index-host';
import type { ItemRecord } from './doc-info';
import { manifestOf, recordsFor, type ItemChanges, type ItemsSnapshot } from './items';
import { packRecords } from './pack';
import type { FromWorker, ToWorker } from './worker-protocol';

/** A worker that dies is started again (from the cache, so quickly) this many times, then search reports failure. */
const RESTARTS = 2;
/** Items per message when the index opens. */
const PART = 2500;
/** How long close() waits for the worker to write the cache before stopping it anyway. */
const CLOSE_TIMEOUT_MS = 30_000;

type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void };

/**
 * The index in a worker thread (`script` is the bundled search-worker.js). The thread can be
 * launched before the notebook is open (early-start.ts), so that it reads its cache meanwhile.
 * Once the notebook is open, the main thread sends the items' ids and fingerprints, and then the
 * records of only those items the worker's cache does not confirm; parsing, building, ranking and
 * snippets happen in the worker. The worker does not keep the process alive while idle.
 */
export class WorkerIndexHost implements IndexHost {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private latest: SearchStatus = { state: 'indexing', done: 0, total: 0 };
  private snapshot: (() => ItemsSnapshot) | undefined;
  /** The records of the open in progress, until the worker has said which it needs. */
  private records: ItemRecord[] | undefined;
  private restarts = 0;
  private closing = false;

  constructor(
    private readonly script: string,
    private readonly config: EngineConfig,
  ) {}

  /** Starts the thread, which begins reading the cache; open() may follow at any time. */
  launch(): void {
    if (!this.worker && !this.closing) this.spawn();
  }

  open(snapshot: () => ItemsSnapshot): void {
    this.snapshot = snapshot;
    if (this.worker) this.sendItems(this.worker);
    else this.start();
  }

  private start(): void {
    this.spawn();
    if (this.snapshot) this.sendItems(this.worker!);
  }

  private spawn(): void {
    // No inherited command-line flags: the worker is plain bundled JavaScript, and a parent's
    // loader (--import tsx, under which the benchmark runs) would route its every import through
    // a hooks thread and make it start seconds later.
    const worker = new Worker(this.script, { workerData: this.config, name: 'frontier-search', execArgv: [] });
    this.worker = worker;
    // A thread that died may still have messages on their way; its successor's open must not take them.
    worker.on('message', (m: FromWorker) => this.worker === worker && this.received(m));
    worker.on('error', (err) => this.stopped(worker, err));
    worker.on('exit', (code) => this.stopped(worker, new Error(`the search worker exited with code ${code}`)));
    this.updateRef();
  }

  /** Takes the notebook's items and sends their fingerprints; the records wait for the worker's 'need'. */
  private sendItems(worker: Worker): void {
    const snapshot = this.snapshot!();
    this.records = snapshot.records;
    // Until the worker reports, the items to look at are the whole notebook.
    this.latest = { state: 'indexing', done: 0, total: snapshot.records.length };
    if (this.worker === worker) this.post({ type: 'open', seq: snapshot.seq, items: manifestOf(snapshot.records) });
  }

  /**
   * Sends the items in parts, yielding between them: packing a large notebook at once would hold
   * this thread (which answers the app) for a quarter of a second, and in parts the worker converts
   * one while the next is packed.
   */
  private async sendRecords(worker: Worker, records: readonly ItemRecord[]): Promise<void> {
    for (let at = 0; at < records.length; at += PART) {
      if (this.worker !== worker) return; // the worker died: its restart sends a new snapshot
      this.post({ type: 'records', packed: packRecords(records.slice(at, at + PART)) });
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (this.worker === worker) this.post({ type: 'records-end' });
  }

  private received(m: FromWorker): void {
    if (m.type === 'status') this.latest = m.status;
    else if (m.type === 'need') {
      const records = this.records;
      this.records = undefined;
      if (records && m.ids.length > 0 && this.worker) void this.sendRecords(this.worker, recordsFor(records, m.ids));
    } else {
      const p = this.pending.get(m.id);
      this.pending.delete(m.id);
      if (m.error !== undefined) p?.reject(new FrontierError('INTERNAL', `Search failed: ${m.error}`));
      else p?.resolve(m.value);
    }
    this.updateRef();
  }

  private stopped(worker: Worker, err: Error): void {
    if (this.worker !== worker) return; // 'error' and 'exit' both arrive
    this.worker = undefined;
    for (const p of this.pending.values()) p.reject(new FrontierError('INTERNAL', `Search stopped: ${err.message}`));
    this.pending.clear();
    if (this.closing) return;
    if (this.restarts++ < RESTARTS) this.start();
    else this.latest = { state: 'failed', done: 0, total: 0, message: `Search is unavailable: ${err.message}` };
  }

  /**
   * Keeps the process alive only while the worker has work: a build, or a request awaiting an
   * answer. A thread launched early is not work until the notebook it was launched for is opened.
   */
  private updateRef(): void {
    if (this.pending.size > 0 || (this.snapshot && this.latest.state === 'indexing')) this.worker?.ref();
    else this.worker?.unref();
  }

  private post(m: ToWorker): void {
    this.worker?.postMessage(m);
    this.updateRef();
  }

  private request<T>(m: ToWorker & { id: number }): Promise<T> {
    if (!this.worker) return Promise.reject(new FrontierError('INTERNAL', this.latest.message ?? 'Search is not running.'));
    return new Promise<T>((resolve, reject) => {
      this.pending.set(m.id, { resolve: resolve as (v: unknown) => void, reject });
      this.post(m);
    });
  }

  apply(changes: ItemChanges, seq: number): void {
    this.post({ type: 'apply', packed: packRecords(changes.puts), deletes: changes.deletes, seq });
  }

  query(request: SearchRequest): Promise<SearchResults> {
    return this.request({ type: 'query', id: this.nextId++, request });
  }

  status(): SearchStatus {
    return this.latest;
  }

  stats(): Promise<EngineStats> {
    return this.request({ type: 'stats', id: this.nextId++ });
  }

  save(): Promise<void> {
    return this.request({ type: 'save', id: this.nextId++ });
  }

  async close(): Promise<void> {
    this.closing = true;
    const worker = this.worker;
    if (!worker) return;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, CLOSE_TIMEOUT_MS)));
    await Promise.race([this.request({ type: 'close', id: this.nextId++ }).catch(() => undefined), timeout]);
    clearTimeout(timer);
    this.worker = undefined;
    await worker.terminate();
  }
}
