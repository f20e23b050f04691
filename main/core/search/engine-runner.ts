import type { SearchResults, SearchStatus } from '../../../shared/ipc/search-schemas';
import { docOf } from './doc-info';
import { SearchEngine, type DocChange, type EngineConfig, type EngineStats, type FetchDocs, type OpenReport, type SearchRequest } from './engine';
import type { ItemChanges, ItemManifest } from './items';

/** After the last change, wait this long for quiet before writing the cache again. */
const SAVE_AFTER_IDLE_MS = 30_000;

/**
 * An engine behind a queue, the same in a worker thread and in the calling thread: requests run
 * one at a time in arrival order (a query sent after a save's change sees it), and the cache is
 * written after a build, after changes have been quiet for a while, and on close. Writing the file
 * happens outside the queue — the arrays written are never modified, only replaced — so queries do
 * not wait for the disk.
 */
export class EngineRunner {
  private readonly engine: SearchEngine;
  private queue: Promise<unknown> = Promise.resolve();
  private writing: Promise<void> = Promise.resolve();
  private idleTimer: NodeJS.Timeout | undefined;
  private failure: Error | undefined;

  constructor(config: EngineConfig, onStatus: (s: SearchStatus) => void) {
    this.engine = new SearchEngine(config, onStatus);
    // Read the cache while the notebook is being opened; open() picks it up (errors surface there).
    this.engine.prefetch().catch(() => undefined);
  }

  status(): SearchStatus {
    return this.engine.getStatus();
  }

  private run<T>(task: () => T | Promise<T>): Promise<T> {
    const next = this.queue.then(() => {
      if (this.failure) throw this.failure;
      return task();
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  /**
   * Opens the index on the notebook's items as of `seq` (see SearchEngine.open); changes applied
   * after this call wait until the open has finished, including the documents it fetches.
   */
  open(items: ItemManifest, fetch: FetchDocs, seq: number): Promise<OpenReport> {
    const opened = this.run(() => this.engine.open(items, fetch, seq));
    opened.then(
      () => void this.save().catch(() => undefined),
      (err: Error) => (this.failure = err),
    );
    return opened;
  }

  apply(changes: ItemChanges, seq: number): Promise<void> {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => void this.save().catch(() => undefined), SAVE_AFTER_IDLE_MS);
    this.idleTimer.unref();
    const docs: DocChange[] = [...changes.deletes.map((id): DocChange => ({ op: 'del', id })), ...changes.puts.map((r): DocChange => ({ op: 'put', doc: docOf(r) }))];
    return this.run(() => this.engine.apply(docs, seq));
  }

  query(req: SearchRequest): Promise<SearchResults> {
    return this.run(() => this.engine.query(req));
  }

  stats(): Promise<EngineStats> {
    return this.run(() => this.engine.stats());
  }

  /** Writes the cache if it is out of date; resolves when it is on disk. */
  async save(): Promise<void> {
    await this.run(() => {
      const chunks = this.engine.encodeIfChanged();
      if (chunks) this.writing = this.writing.catch(() => undefined).then(() => this.engine.write(chunks));
    });
    await this.writing;
  }

  /** Saves what is pending and stops the idle timer; the engine is not used afterwards. */
  async close(): Promise<void> {
    clearTimeout(this.idleTimer);
    if (!this.failure) await this.save().catch(() => undefined);
    await this.writing.catch(() => undefined);
  }
}
