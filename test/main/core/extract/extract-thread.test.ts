import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { ExtractThread, inThreadRunner } from '../../../../main/core/extract/thread/extract-thread';
import { built } from '../../../helpers/build-dir';

/** The extraction worker as the app and browser mode start it: out/main/extract-worker.js from the build. */
const script = built('main/extract-worker.js');
const text = readFileSync(join(import.meta.dirname, '../../../fixtures/sources/kunduz-en.txt'), 'utf8');
const job = { sourceId: 'src_thread', text, referenceDate: '2021-10-08' };
const workerOf = (t: ExtractThread) => (t as unknown as { worker: Worker | undefined }).worker;

describe('extraction in a worker thread', () => {
  let thread: ExtractThread | undefined;
  afterEach(async () => {
    await thread?.close();
    thread = undefined;
  });

  it('is built beside the app', () => {
    expect(existsSync(script), `${script} (run npm run build)`).toBe(true);
  });

  it('finds what extraction in the calling thread finds', async () => {
    thread = new ExtractThread(script);
    const [there, here] = await Promise.all([thread.run(job), inThreadRunner.run(job)]);
    expect(there).toEqual(here);
    expect(there.places.map((p) => p.name)).toContain('Kunduz');
    expect(there.events.length).toBeGreaterThan(0);
  });

  it('fails the jobs of a worker that dies with a clear error, and starts a new one for the next job', async () => {
    thread = new ExtractThread(script);
    await thread.run(job);
    const first = workerOf(thread)!;
    const pending = expect(thread.run({ ...job, sourceId: 'src_dies' })).rejects.toThrow(/Extraction failed: the extraction worker exited/);
    await first.terminate();
    await pending;
    const again = await thread.run(job);
    expect(workerOf(thread)).not.toBe(first);
    expect(again.sourceId).toBe('src_thread');
  });

  it('does the job asked for last first, so the source on screen does not wait for the ones passed over', async () => {
    thread = new ExtractThread(script);
    const order: string[] = [];
    await Promise.all(['first', 'passed-over', 'on-screen'].map((id) => thread!.run({ ...job, sourceId: id }).then((x) => order.push(x.sourceId))));
    expect(order).toEqual(['first', 'on-screen', 'passed-over']);
  });

  it('gives the jobs still queued to a new worker when one dies', async () => {
    thread = new ExtractThread(script);
    await thread.run(job);
    const first = workerOf(thread)!;
    const lost = expect(thread.run({ ...job, sourceId: 'src_running' })).rejects.toThrow(/Extraction failed/);
    const queued = thread.run({ ...job, sourceId: 'src_queued' });
    await first.terminate();
    await lost;
    expect((await queued).sourceId).toBe('src_queued');
  });

  it('fails what is pending when the notebook closes', async () => {
    thread = new ExtractThread(script);
    const pending = [expect(thread.run(job)).rejects.toThrow(/notebook closed/), expect(thread.run(job)).rejects.toThrow(/notebook closed/)];
    await thread.close();
    await Promise.all(pending);
  });
});
