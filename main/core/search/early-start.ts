import { resolve } from 'node:path';
import { notebookPaths } from '../store/layout';
import type { EngineConfig } from './engine';
import { WorkerIndexHost } from './worker-host';

/**
 * Search threads launched before their notebook is open. Opening a large notebook takes most of a
 * second on the main thread; a search thread launched at the same moment reads and checks its
 * index cache on another core meanwhile, so that once the notebook is open only the fingerprints
 * remain to compare. The search service opening the notebook claims its thread (search-service.ts).
 */
const launched = new Map<string, { host: WorkerIndexHost; expiry: NodeJS.Timeout }>();

/** A thread nobody claimed (the notebook failed to open) is stopped after this long. */
const UNCLAIMED_MS = 60_000;

const keyOf = (script: string, config: EngineConfig) => [resolve(script), resolve(config.indexDir), resolve(config.blobsDir)].join('\n');

export function configFor(notebookDir: string): EngineConfig {
  const paths = notebookPaths(notebookDir);
  return { blobsDir: paths.blobs, indexDir: paths.index };
}

/**
 * Launches the search thread of the notebook in `notebookDir` (`script`: the bundled
 * search-worker.js) ahead of opening the notebook. Reading the cache takes no lock and changes
 * nothing the notebook holds: what the cache says is trusted only item by item, once the open
 * notebook's fingerprints confirm it (engine.ts), so launching early for a notebook that then fails
 * to open, or changes meanwhile, costs time and never correctness.
 */
export function startSearchEarly(script: string, notebookDir: string): void {
  const config = configFor(notebookDir);
  const key = keyOf(script, config);
  if (launched.has(key)) return;
  const host = new WorkerIndexHost(script, config);
  host.launch();
  const expiry = setTimeout(() => {
    if (launched.get(key)?.host !== host) return;
    launched.delete(key);
    void host.close();
  }, UNCLAIMED_MS);
  expiry.unref();
  launched.set(key, { host, expiry });
}

/** The thread launched early for this notebook, if any; each is handed out once. */
export function claimEarlyStart(script: string, config: EngineConfig): WorkerIndexHost | undefined {
  const key = keyOf(script, config);
  const entry = launched.get(key);
  if (!entry) return undefined;
  launched.delete(key);
  clearTimeout(entry.expiry);
  return entry.host;
}
