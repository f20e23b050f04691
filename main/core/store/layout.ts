import { join } from 'node:path';

/** Where each part of a notebook lives inside its folder (ARCHITECTURE §4). */
export function notebookPaths(dir: string) {
  return {
    dir,
    snapshot: join(dir, 'notebook.json'),
    journal: join(dir, 'journal.ndjson'),
    blobs: join(dir, 'blobs'),
    backups: join(dir, 'backups'),
    lock: join(dir, '.lock'),
    /** The search index cache: rebuildable from the rest, never the source of truth (main/core/search). */
    index: join(dir, 'index'),
  };
}
export type NotebookPaths = ReturnType<typeof notebookPaths>;
