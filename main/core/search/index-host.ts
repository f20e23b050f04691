import type { SearchResults, SearchStatus } from '../../../shared/ipc/search-schemas';
import { docOf } from './doc-info';
import type { EngineConfig, EngineStats, SearchRequest } from './engine';
import { EngineRunner } from './engine-runner';
import { manifestOf, recordsFor, type ItemChanges, type ItemsSnapshot } from './items';

/**
 * Where a notebook's search index runs, behind one interface: in a worker thread for the app and
 * the browser-mode host (WorkerIndexHost), in the calling thread for short-lived commands and tests
 * that run from source (InProcessIndexHost). Both run the same EngineRunner.
 */
export interface IndexHost {
  /** Starts loading or building; `snapshot` is called for the notebook's items (again if the host restarts). */
  open(snapshot: () => ItemsSnapshot): void;
  /** Changes from a durable commit, in commit order. */
  apply(changes: ItemChanges, seq: number): void;
  /** Answers once the index is ready. */
  query(request: SearchRequest): Promise<SearchResults>;
  status(): SearchStatus;
  stats(): Promise<EngineStats>;
  /** Writes the cache now if it is out of date. */
  save(): Promise<void>;
  /** Saves and stops; nothing may be asked afterwards. */
  close(): Promise<void>;
}

export class InProcessIndexHost implements IndexHost {
  private readonly runner: EngineRunner;
  private latest: SearchStatus = { state: 'indexing', done: 0, total: 0 };

  constructor(config: EngineConfig) {
    this.runner = new EngineRunner(config, (s) => (this.latest = s));
  }

  open(snapshot: () => ItemsSnapshot): void {
    const { records, seq } = snapshot();
    this.runner.open(manifestOf(records), (ids) => recordsFor(records, ids).map((r) => docOf(r)), seq).catch((err: unknown) => (this.latest = { state: 'failed', done: 0, total: 0, message: err instanceof Error ? err.message : String(err) }));
  }

  apply(changes: ItemChanges, seq: number): void {
    void this.runner.apply(changes, seq).catch(() => undefined);
  }

  query(request: SearchRequest): Promise<SearchResults> {
    return this.runner.query(request);
  }

  status(): SearchStatus {
    return this.latest;
  }

  stats(): Promise<EngineStats> {
    return this.runner.stats();
  }

  save(): Promise<void> {
    return this.runner.save();
  }

  close(): Promise<void> {
    return this.runner.close();
  }
}
