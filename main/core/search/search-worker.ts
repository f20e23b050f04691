import { parentPort, workerData } from 'node:worker_threads';
import { EngineRunner } from './engine-runner';
import { docOf, type DocInfo } from './doc-info';
import { unpackRecords } from './pack';
import type { FromWorker, ToWorker, WorkerData } from './worker-protocol';

/**
 * The search index's thread in the app and the browser-mode host (an entry of the main build:
 * electron.vite.config.ts). Building the index of a large notebook takes seconds of CPU; here it
 * never delays a save or a page load. Requests run in arrival order (EngineRunner).
 */
const port = parentPort;
if (!port) throw new Error('search-worker.ts runs as a worker thread');

const post = (m: FromWorker) => port.postMessage(m);
const runner = new EngineRunner(workerData as WorkerData, (status) => post({ type: 'status', status }));
/** The documents an open asked the main thread for, while they are arriving. */
let incoming: { docs: DocInfo[]; done: (docs: DocInfo[]) => void } | undefined;

/** Asks the main thread for these items' records; they arrive in parts and are converted as they come. */
function fetchDocs(ids: readonly string[]): Promise<DocInfo[]> {
  // Nothing to fetch (an empty notebook with no cache): no records would come, nor their end.
  if (ids.length === 0) {
    post({ type: 'need', ids: [] });
    return Promise.resolve([]);
  }
  return new Promise((resolve) => {
    incoming = { docs: [], done: resolve };
    post({ type: 'need', ids: [...ids] });
  });
}

function reply(id: number, work: Promise<unknown>): void {
  work.then(
    (value) => post({ type: 'reply', id, value }),
    (err: unknown) => post({ type: 'reply', id, error: err instanceof Error ? err.message : String(err) }),
  );
}

port.on('message', (m: ToWorker) => {
  switch (m.type) {
    case 'open': {
      // Open now, so changes that arrive while it fetches records are applied after it. The main
      // thread hears exactly once what is needed, so it knows when to let go of its snapshot.
      let asked = false;
      const fetch = (ids: readonly string[]) => {
        asked = true;
        return fetchDocs(ids);
      };
      runner
        .open(m.items, fetch, m.seq)
        .then(() => {
          if (!asked) post({ type: 'need', ids: [] });
        })
        .catch((err: unknown) => post({ type: 'status', status: { state: 'failed', done: 0, total: 0, message: err instanceof Error ? err.message : String(err) } }));
      return;
    }
    case 'records':
      for (const r of unpackRecords(m.packed)) incoming?.docs.push(docOf(r));
      return;
    case 'records-end':
      incoming?.done(incoming.docs);
      incoming = undefined;
      return;
    case 'apply':
      void runner.apply({ puts: unpackRecords(m.packed), deletes: m.deletes }, m.seq).catch(() => undefined);
      return;
    case 'query':
      return reply(m.id, runner.query(m.request));
    case 'stats':
      return reply(m.id, runner.stats());
    case 'save':
      return reply(m.id, runner.save());
    case 'close':
      return reply(m.id, runner.close());
  }
});
