import { join } from 'node:path';
import { writeFileDurably } from './durable-write';
import { errnoCode, type FsLayer } from './fs-layer';
import { parseSnapshot, type SnapshotFile } from './snapshot-adapter';

/** How many previous generations of notebook.json are kept. */
export const DEFAULT_BACKUPS_KEPT = 10;

const NAME = /^notebook-(\d{8}T\d{9}Z)-s(\d+)\.json$/;

export interface BackupInfo {
  name: string;
  path: string;
  /** When the backup was taken (from its name). */
  takenAt: string;
  /** The journal sequence number its snapshot had absorbed. */
  seq: number;
}

/** Sortable, so that name order is time order: `notebook-20261129T042436123Z-s42.json`. */
export function backupName(takenAt: Date, seq: number): string {
  const stamp = takenAt.toISOString().replace(/[-:.]/g, '');
  return `notebook-${stamp}-s${seq}.json`;
}

function parseName(dir: string, name: string): BackupInfo | undefined {
  const m = NAME.exec(name);
  if (!m || !m[1] || !m[2]) return undefined;
  const s = m[1];
  const takenAt = `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`;
  return { name, path: join(dir, name), takenAt, seq: Number(m[2]) };
}

/** Backups, newest first. */
export async function listBackups(fs: FsLayer, dir: string): Promise<BackupInfo[]> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return [];
    throw err;
  }
  return names
    .map((n) => parseName(dir, n))
    .filter((b): b is BackupInfo => b !== undefined)
    .sort((a, b) => (a.name < b.name ? 1 : -1));
}

/** The newest backup that parses and passes the schema, with its content. */
export async function newestGoodBackup(
  fs: FsLayer,
  dir: string,
): Promise<{ info: BackupInfo; snapshot: SnapshotFile } | undefined> {
  for (const info of await listBackups(fs, dir)) {
    try {
      return { info, snapshot: parseSnapshot(await fs.readFile(info.path), info.path) };
    } catch {
      // A damaged backup is skipped; an older one may still be good.
    }
  }
  return undefined;
}

/**
 * Keeps the current notebook.json as a backup before it is replaced. A real, durable copy — not a
 * hard link: a link would share the inode, so anything that damaged notebook.json in place (a
 * disk error, a sync tool, an editor) would damage the backup with it. A generation already kept
 * byte for byte as the newest backup (by `init`, or by `frontier backup` before this compaction) is not copied again,
 * so that duplicates do not rotate older generations out. Returns the name of the backup that
 * holds it, or undefined when there is no notebook.json.
 */
export async function preserveSnapshot(fs: FsLayer, snapshotPath: string, dir: string, name: string): Promise<string | undefined> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(snapshotPath);
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return undefined; // nothing to preserve yet
    throw err;
  }
  const newest = (await listBackups(fs, dir))[0];
  if (newest && newest.seq === parseName(dir, name)?.seq) {
    const same = await fs.stat(newest.path).then(
      async (st) => st.size === bytes.length && (await fs.readFile(newest.path)).equals(bytes),
      () => false,
    );
    if (same) return newest.name;
  }
  await fs.mkdir(dir);
  await writeFileDurably(fs, join(dir, name), bytes);
  return name;
}

/** Deletes all but the newest `keep` backups. */
export async function rotateBackups(fs: FsLayer, dir: string, keep = DEFAULT_BACKUPS_KEPT): Promise<void> {
  const all = await listBackups(fs, dir);
  for (const old of all.slice(keep)) await fs.unlink(old.path).catch(() => undefined);
}
