import type { Extraction } from '../../../../shared/model';

/** One extraction asked of the worker: a source's text and the date its relative dates mean. */
export interface ExtractJob {
  sourceId: string;
  text: string;
  referenceDate: string;
}

/** Messages between ExtractThread (main thread) and extract-worker.ts; plain data for structured clone. */
export type ToExtractWorker = { id: number; job: ExtractJob };
export type FromExtractWorker = { id: number; value: Extraction; error?: undefined } | { id: number; error: string };
