import type { Extraction, Source } from '../../../shared/model';
import type { CoreContext } from '../context';
import { readTextMetadata } from '../sources/text-metadata';
import { ExtractThread, inThreadRunner } from './thread/extract-thread';

/** How many sources' extractions stay in memory (each is a few KB). */
const CACHE_SIZE = 200;

/**
 * The date a source's relative dates mean: its publication date as the source states it (the
 * local day of a timestamp, not the UTC one), else a dateline in its text, else today.
 */
export function referenceDateOf(source: Pick<Source, 'publishedAt'>, text: string, now: Date): string {
  return (source.publishedAt ?? readTextMetadata(text).publishedAt ?? now.toISOString()).slice(0, 10);
}

/**
 * Extraction on demand: computed from the source's text and date, cached by both (text is
 * immutable; a corrected publication date gives a new result). With `ctx.extractWorker` the work
 * runs in a worker thread, so a long report never holds up the thread that answers the app.
 */
export function createExtractService(ctx: CoreContext, sources: { get(id: string): Source; text(id: string): Promise<string> }) {
  const cache = new Map<string, Extraction>();
  const inflight = new Map<string, Promise<Extraction>>();
  const runner = ctx.extractWorker ? new ExtractThread(ctx.extractWorker) : inThreadRunner;
  ctx.store.onClose(() => runner.close());
  return {
    async extract(id: string): Promise<Extraction> {
      const source = sources.get(id);
      const text = await sources.text(id);
      const reference = referenceDateOf(source, text, ctx.now());
      const key = `${source.id}|${source.textHash}|${reference}`;
      const cached = cache.get(key);
      if (cached) return cached;
      // A source opened again while its extraction runs waits for that one, not for a second run.
      const running = inflight.get(key);
      if (running) return running;
      const work = runner.run({ sourceId: source.id, text, referenceDate: reference }).then((result) => {
        if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
        cache.set(key, result);
        return result;
      });
      inflight.set(key, work);
      try {
        return await work;
      } finally {
        inflight.delete(key);
      }
    },
  };
}

export type ExtractService = ReturnType<typeof createExtractService>;
