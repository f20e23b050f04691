import type { SearchStatus } from '../../../shared/ipc/search-schemas';
import type { EngineConfig, SearchRequest } from './engine';
import type { PackedRecords } from './pack';

/** Messages between WorkerIndexHost (main thread) and search-worker.ts; plain data for structured clone. */
export type ToWorker =
  /** Opening begins; the items follow in 'records' parts, then 'records-end'. */
  | { type: 'open'; seq: number }
  | { type: 'records'; packed: PackedRecords }
  | { type: 'records-end' }
  | { type: 'apply'; packed: PackedRecords; deletes: string[]; seq: number }
  | { type: 'query'; id: number; request: SearchRequest }
  | { type: 'stats'; id: number }
  | { type: 'save'; id: number }
  | { type: 'close'; id: number };

export type FromWorker = { type: 'status'; status: SearchStatus } | { type: 'reply'; id: number; value?: unknown; error?: string };

export type WorkerData = EngineConfig;
