import type { SearchStatus } from '../../../shared/ipc/search-schemas';
import type { EngineConfig, SearchRequest } from './engine';
import type { ItemManifest } from './items';
import type { PackedRecords } from './pack';

/** Messages between WorkerIndexHost (main thread) and search-worker.ts; plain data for structured clone. */
export type ToWorker =
  /** Opening begins with the notebook's ids and fingerprints; the worker answers with 'need'. */
  | { type: 'open'; seq: number; items: ItemManifest }
  /** The records the worker asked for, in parts, then 'records-end'. */
  | { type: 'records'; packed: PackedRecords }
  | { type: 'records-end' }
  | { type: 'apply'; packed: PackedRecords; deletes: string[]; seq: number }
  | { type: 'query'; id: number; request: SearchRequest }
  | { type: 'stats'; id: number }
  | { type: 'save'; id: number }
  | { type: 'close'; id: number };

export type FromWorker =
  | { type: 'status'; status: SearchStatus }
  | { type: 'reply'; id: number; value?: unknown; error?: string }
  /**
   * Sent once per 'open': the items whose records the worker needs (not confirmed by its cache; all
   * of them for a build). Empty when the cache confirmed everything: the main thread then lets go
   * of its snapshot, and no 'records' follow.
   */
  | { type: 'need'; ids: string[] };

export type WorkerData = EngineConfig;
