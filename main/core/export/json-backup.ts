import { z } from 'zod';
import { FrontierError } from '../../../shared/ipc/errors';
import { NotebookDoc, SCHEMA_VERSION, Sha256 } from '../../../shared/model';
import { NotebookStore, sha256Hex, type StoreOp } from '../store';
import { migrate } from '../store/migrations';

/**
 * A whole notebook in one JSON file: the notebook document exactly as notebook.json holds it
 * (meta, notes, sources, events, dossiers, in this build's format) plus every blob — source texts
 * and original files — in base64 under its sha256. Restoring it gives the same notebook.
 */
export const BACKUP_FORMAT = 'frontier-notebook-backup';

export const JsonBackup = z.object({
  format: z.literal(BACKUP_FORMAT),
  exportedAt: z.string(),
  notebook: z.record(z.string(), z.unknown()),
  blobs: z.record(Sha256, z.string()),
});

export interface JsonBackupOptions {
  signal?: AbortSignal;
  onBlob?: (done: number, total: number) => void;
}

export async function buildJsonBackup(store: NotebookStore, exportedAt: string, options: JsonBackupOptions = {}): Promise<string> {
  const notebook = {
    schemaVersion: SCHEMA_VERSION,
    meta: store.meta,
    notes: [...store.all('notes')],
    sources: [...store.all('sources')],
    events: [...store.all('events')],
    dossiers: [...store.all('dossiers')],
  };
  const hashes = new Set<string>();
  for (const s of notebook.sources) {
    hashes.add(s.textHash);
    if (s.original) hashes.add(s.original.sha256);
  }
  const blobs: Record<string, string> = {};
  let done = 0;
  for (const sha of hashes) {
    if (options.signal?.aborted) throw new FrontierError('CANCELLED', 'The export was cancelled.');
    blobs[sha] = (await store.blobs.get(sha)).toString('base64');
    options.onBlob?.(++done, hashes.size);
  }
  return JSON.stringify({ format: BACKUP_FORMAT, exportedAt, notebook, blobs });
}

/** Reads a backup: the document migrated to this build's format and checked, each blob checked against its hash. */
export function readJsonBackup(text: string, file = 'backup'): { notebook: NotebookDoc; blobs: Map<string, Buffer> } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new FrontierError('INVALID_INPUT', `${file} is not JSON (${err instanceof Error ? err.message : String(err)}).`);
  }
  const parsed = JsonBackup.safeParse(raw);
  if (!parsed.success) throw new FrontierError('INVALID_INPUT', `${file} is not a Frontier backup: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
  const doc = NotebookDoc.safeParse(migrate(parsed.data.notebook, file));
  if (!doc.success) throw new FrontierError('INVALID_INPUT', `${file}: ${doc.error.issues[0]?.path.join('.')}: ${doc.error.issues[0]?.message}`);
  const blobs = new Map<string, Buffer>();
  for (const [sha, b64] of Object.entries(parsed.data.blobs)) {
    const bytes = Buffer.from(b64, 'base64');
    if (sha256Hex(bytes) !== sha) throw new FrontierError('CORRUPT', `${file}: blob ${sha} does not match its hash.`);
    blobs.set(sha, bytes);
  }
  for (const s of doc.data.sources) {
    for (const sha of [s.textHash, s.original?.sha256]) {
      if (sha && !blobs.has(sha)) throw new FrontierError('CORRUPT', `${file}: source ${s.id} needs blob ${sha}, which the backup lacks.`);
    }
  }
  return { notebook: doc.data, blobs };
}

/** Creates a new notebook in `dir` from a backup (the folder must not hold a notebook). */
export async function restoreJsonBackup(text: string, dir: string, file = 'backup'): Promise<NotebookStore> {
  const { notebook, blobs } = readJsonBackup(text, file);
  const store = await NotebookStore.create(dir, { title: notebook.meta.title, defaultTlp: notebook.meta.defaultTlp });
  try {
    for (const bytes of blobs.values()) await store.blobs.put(bytes);
    const ops: StoreOp[] = [
      { op: 'meta', v: notebook.meta },
      ...notebook.sources.map((v) => ({ op: 'put' as const, c: 'sources' as const, v })),
      ...notebook.notes.map((v) => ({ op: 'put' as const, c: 'notes' as const, v })),
      ...notebook.events.map((v) => ({ op: 'put' as const, c: 'events' as const, v })),
      ...notebook.dossiers.map((v) => ({ op: 'put' as const, c: 'dossiers' as const, v })),
    ];
    await store.commit(ops);
    return store;
  } catch (err) {
    await store.close();
    throw err;
  }
}
