import type { Adapter } from 'lowdb';
import { z } from 'zod';
import { FrontierError } from '../../../shared/ipc/errors';
import { NotebookDoc } from '../../../shared/model';
import { writeFileDurably } from './durable-write';
import { errnoCode, type FsLayer } from './fs-layer';
import { migrate } from './migrations';

/** notebook.json on disk: the document plus the sequence number of the last journal record it absorbed. */
export const SnapshotFile = NotebookDoc.extend({ seq: z.number().int().min(0) });
export type SnapshotFile = z.infer<typeof SnapshotFile>;

/** Why a snapshot could not be read; the store turns it into a message that names a backup. */
export class SnapshotUnreadable extends Error {
  constructor(
    readonly file: string,
    readonly reason: 'missing' | 'corrupt' | 'too-new',
    detail: string,
  ) {
    super(detail);
  }
}

/**
 * lowdb's adapter for notebook.json, with the two guarantees lowdb's own JSONFile lacks: writes are
 * durable (temp → fsync → rename → fsync dir), and a missing or unreadable file is an error rather
 * than `null`, which would make lowdb start from empty default data and overwrite the notebook.
 */
export class DurableSnapshotAdapter implements Adapter<SnapshotFile> {
  /** The format version of the file as last read, before migration (the store rewrites an older one). */
  readVersion: number | undefined;

  constructor(
    private readonly fs: FsLayer,
    readonly file: string,
  ) {}

  async read(): Promise<SnapshotFile> {
    let bytes: Buffer;
    try {
      bytes = await this.fs.readFile(this.file);
    } catch (err) {
      if (errnoCode(err) === 'ENOENT') throw new SnapshotUnreadable(this.file, 'missing', `${this.file} is missing`);
      throw err;
    }
    const { snapshot, fromVersion } = parseSnapshotVersioned(bytes, this.file);
    this.readVersion = fromVersion;
    return snapshot;
  }

  async write(data: SnapshotFile): Promise<void> {
    await writeFileDurably(this.fs, this.file, await serializeInSlices(data));
  }
}

/** Characters serialized (and encoded) between yields to the event loop. */
const SLICE_CHARS = 1 << 20;

/**
 * JSON.stringify(data) as UTF-8, item by item, in slices of about a megabyte, giving the event
 * loop a turn after each: in one call, a 10,000-note notebook held the main thread (which answers
 * the app) for half a second at every compaction. Never one 30 MB string, nor its copy as bytes.
 */
export async function serializeInSlices(data: object): Promise<Buffer[]> {
  const slices: Buffer[] = [];
  let slice = '';
  const add = async (text: string) => {
    slice += text;
    if (slice.length < SLICE_CHARS) return;
    slices.push(Buffer.from(slice, 'utf8'));
    slice = '';
    await new Promise((resolve) => setImmediate(resolve));
  };
  const entries = Object.entries(data).filter(([, v]) => v !== undefined && typeof v !== 'function');
  for (const [i, [key, value]] of entries.entries()) {
    await add(`${i === 0 ? '{' : ','}${JSON.stringify(key)}:`);
    if (!Array.isArray(value)) {
      await add(JSON.stringify(value));
      continue;
    }
    await add('[');
    for (const [j, item] of value.entries()) await add(`${j === 0 ? '' : ','}${JSON.stringify(item) ?? 'null'}`);
    await add(']');
  }
  slices.push(Buffer.from(`${slice}${entries.length === 0 ? '{}' : '}'}`, 'utf8'));
  return slices;
}

export function parseSnapshot(bytes: Buffer, file: string): SnapshotFile {
  return parseSnapshotVersioned(bytes, file).snapshot;
}

/** The snapshot, migrated to this build's format, and the format version the file was written in. */
export function parseSnapshotVersioned(bytes: Buffer, file: string): { snapshot: SnapshotFile; fromVersion: number } {
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8'));
  } catch (err) {
    const what = bytes.length === 0 ? 'is empty' : bytes.every((b) => b === 0) ? 'holds only NUL bytes' : 'is not valid JSON';
    throw new SnapshotUnreadable(file, 'corrupt', `${file} ${what} (${err instanceof Error ? err.message : String(err)})`);
  }
  let migrated: Record<string, unknown>;
  try {
    migrated = migrate(raw, file);
  } catch (err) {
    const reason = err instanceof FrontierError && err.code === 'TOO_NEW' ? 'too-new' : 'corrupt';
    throw new SnapshotUnreadable(file, reason, (err as Error).message);
  }
  const parsed = SnapshotFile.safeParse(migrated);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || '(root)';
    throw new SnapshotUnreadable(file, 'corrupt', `${file} fails the notebook schema at ${where}: ${issue?.message}`);
  }
  return { snapshot: parsed.data, fromVersion: (raw as { schemaVersion: number }).schemaVersion };
}
