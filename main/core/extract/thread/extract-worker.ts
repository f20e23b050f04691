import { parentPort } from 'node:worker_threads';
import type { FromExtractWorker, ToExtractWorker } from './protocol';
import { runExtractJob } from './run-job';

/**
 * Extraction's thread in the app and the browser-mode host (an entry of the main build:
 * electron.vite.config.ts). Its first job loads the gazetteer and the language models, a second
 * or more of CPU; here that never delays a save, a search or a page load. Jobs run one at a time.
 */
const port = parentPort;
if (!port) throw new Error('extract-worker.ts runs as a worker thread');

let queue: Promise<void> = Promise.resolve();

port.on('message', ({ id, job }: ToExtractWorker) => {
  queue = queue.then(async () => {
    let reply: FromExtractWorker;
    try {
      reply = { id, value: await runExtractJob(job) };
    } catch (err) {
      reply = { id, error: err instanceof Error ? err.message : String(err) };
    }
    port.postMessage(reply);
  });
});
