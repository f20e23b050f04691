import type { SearchHit, SearchResults, SearchStatus } from '../../../shared/ipc/search-schemas';
import type { CoreContext } from '../context';
import type { EngineStats, SearchRequest } from './engine';
import { claimEarlyStart } from './early-start';
import { InProcessIndexHost, type IndexHost } from './index-host';
import { changesOf, snapshotOf } from './items';
import { WorkerIndexHost } from './worker-host';

/**
 * Search over one open notebook. The index starts with the service where it runs in a worker (the
 * app, browser mode), else on first use, so CLI commands that never search never pay for it; from
 * then on every durable commit updates it, and closing the notebook writes its cache and stops it.
 * With `ctx.searchWorker` (the app and browser mode) it runs in a worker thread — the one
 * startSearchEarly launched for this notebook, if any — and without (the CLI, tests run from source)
 * in this thread.
 */
export function createSearchService(ctx: CoreContext) {
  const { store } = ctx;
  let host: IndexHost | undefined;

  function start(): IndexHost {
    if (host) return host;
    const config = { blobsDir: store.paths.blobs, indexDir: store.paths.index };
    const started: IndexHost = ctx.searchWorker ? (claimEarlyStart(ctx.searchWorker, config) ?? new WorkerIndexHost(ctx.searchWorker, config)) : new InProcessIndexHost(config);
    host = started;
    // Registered in the same turn as the snapshot is taken, so no commit falls between the two.
    const stop = store.onCommit((ops, seq) => {
      const changes = changesOf(ops);
      if (changes.puts.length > 0 || changes.deletes.length > 0) started.apply(changes, seq);
    });
    store.onClose(async () => {
      stop();
      await started.close();
    });
    started.open(() => snapshotOf(store));
    return started;
  }

  // The app and browser mode start at once, so the index is ready by the time the page has loaded;
  // the CLI starts only when a command searches.
  if (ctx.searchWorker) start();

  return {
    /** The search.query method: ranked hits with snippets, counts by kind, and warnings. */
    search(request: SearchRequest): Promise<SearchResults> {
      return start().query(request);
    },

    /** Hits only, best first, without snippets: for selecting items by query (dossiers). */
    async query(query: string, limit = 50): Promise<SearchHit[]> {
      return (await start().query({ query, limit, snippets: false })).hits;
    },

    status(): SearchStatus {
      return start().status();
    },

    /** Index size and memory (benchmark, diagnostics). */
    stats(): Promise<EngineStats> {
      return start().stats();
    },

    /** Writes the index cache now if it is out of date (otherwise done when idle and on close). */
    save(): Promise<void> {
      return start().save();
    },
  };
}

export type SearchService = ReturnType<typeof createSearchService>;
