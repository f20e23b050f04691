import { basename, join } from 'node:path';
import { FrontierError } from '../../../shared/ipc/errors';
import { backupName, listBackups, newestGoodBackup, preserveSnapshot, type BackupInfo } from './backups';
import { syncDir, writeFileDurably } from './durable-write';
import { errnoCode, nodeFs, type FsLayer } from './fs-layer';
import { encodeRecord, parseJournal, salvageJournal } from './journal-format';
import { notebookPaths } from './layout';
import { NotebookLock } from './lock';
import { parseSnapshot } from './snapshot-adapter';

export interface RestoreReport {
  /** The backup brought back; absent when only the journal was repaired. */
  restoredFrom?: BackupInfo;
  /** Damaged journal lines dropped when the journal was repaired (each loses one transaction). */
  journalLinesDropped: number;
  /** Files moved aside (never deleted), for a person to inspect. */
  setAside: string[];
  /** Journal records newer than the backup that will be re-applied when the notebook opens. */
  journalRecordsKept: number;
  /** Whether the replaced notebook.json was readable (then the restore is a deliberate rollback). */
  replacedWasHealthy: boolean;
  /**
   * Sequence numbers of changes that are lost: newer than the backup, but already absorbed from the
   * journal into the notebook.json that was replaced, so neither the backup nor the journal holds
   * them. Absent when the journal continues the backup without a gap (or there is nothing to tell).
   */
  lostChanges?: { from: number; to: number };
}

/**
 * Repairs a notebook. When notebook.json is readable but the journal is damaged in the middle,
 * notebook.json is kept and the journal is rewritten with every record that is still whole: no
 * backup is needed and only the damaged transactions are lost. Otherwise it brings back a backup
 * of notebook.json. When the current file is damaged or missing, the
 * journal's intact records are kept so that as little work as possible is lost; when it is healthy
 * the user is rolling back on purpose, so the journal is set aside too and the notebook becomes
 * exactly the backup. Nothing is deleted: replaced files are renamed `*.replaced-<time>`.
 */
export async function restoreNotebook(dir: string, options: { backup?: string; fs?: FsLayer; now?: Date } = {}): Promise<RestoreReport> {
  const fs = options.fs ?? nodeFs;
  const paths = notebookPaths(dir);
  const lock = NotebookLock.acquire(paths.lock);
  try {
    const stamp = (options.now ?? new Date()).toISOString().replace(/[-:.]/g, '');
    const setAside: string[] = [];
    const moveAside = async (path: string) => {
      const target = `${path}.replaced-${stamp}`;
      try {
        await fs.rename(path, target);
        setAside.push(target);
      } catch (err) {
        if (errnoCode(err) !== 'ENOENT') throw err;
      }
    };

    const healthy = await isReadable(fs, paths.snapshot);
    let kept = 0;
    let dropped = 0;
    let lostChanges: RestoreReport['lostChanges'];
    const journalBytes = await fs.readFile(paths.journal).catch((err: unknown) => {
      if (errnoCode(err) === 'ENOENT') return undefined;
      throw err;
    });
    if (healthy && !options.backup && journalBytes && parseJournal(journalBytes).corruptAtLine !== undefined) {
      const { records, damagedLines } = salvageJournal(journalBytes);
      await moveAside(paths.journal);
      await writeFileDurably(fs, paths.journal, Buffer.concat(records.map(encodeRecord)));
      await syncDir(fs, dir);
      return { setAside, journalRecordsKept: records.length, journalLinesDropped: damagedLines, replacedWasHealthy: true };
    }
    const chosen = await chooseBackup(fs, paths.backups, options.backup);
    if (healthy) {
      await moveAside(paths.journal);
    } else if (journalBytes) {
      const parsed = parseJournal(journalBytes);
      const { records, damagedLines } = salvageJournal(journalBytes);
      const newer = records.filter((r) => r.seq > chosen.seq);
      kept = newer.length;
      dropped = damagedLines;
      // Records rise by one per transaction; a journal that starts further on than the backup ends was
      // trimmed by a compaction into the damaged file, and what lies between is gone.
      const first = newer[0]?.seq;
      if (first !== undefined && first > chosen.seq + 1) lostChanges = { from: chosen.seq + 1, to: first - 1 };
      if (parsed.corruptAtLine !== undefined || parsed.tornBytes > 0) {
        await moveAside(paths.journal);
        await writeFileDurably(fs, paths.journal, Buffer.concat(records.map(encodeRecord)));
      }
    }
    await moveAside(paths.snapshot);
    await writeFileDurably(fs, paths.snapshot, await fs.readFile(chosen.path));
    // The restored generation becomes the newest backup again. After a rollback, the newest would
    // otherwise be one of the abandoned history, with higher sequence numbers than the journal that
    // now grows from the restored one: a later restore would pick it and skip the new records.
    await preserveSnapshot(fs, paths.snapshot, paths.backups, backupName(options.now ?? new Date(), chosen.seq));
    await syncDir(fs, dir);
    return { restoredFrom: chosen, setAside, journalRecordsKept: kept, journalLinesDropped: dropped, replacedWasHealthy: healthy, ...(lostChanges ? { lostChanges } : {}) };
  } finally {
    lock.release();
  }
}

async function chooseBackup(fs: FsLayer, dir: string, wanted: string | undefined): Promise<BackupInfo> {
  if (!wanted) {
    const newest = await newestGoodBackup(fs, dir);
    if (!newest) throw new FrontierError('NOT_FOUND', `No good backup in ${dir}.`);
    return newest.info;
  }
  const info = (await listBackups(fs, dir)).find((b) => b.name === basename(wanted) || b.path === wanted);
  if (!info) throw new FrontierError('NOT_FOUND', `No backup named ${wanted} in ${dir}.`);
  parseSnapshot(await fs.readFile(join(dir, info.name)), info.path); // refuse a damaged backup with its reason
  return info;
}

async function isReadable(fs: FsLayer, file: string): Promise<boolean> {
  try {
    parseSnapshot(await fs.readFile(file), file);
    return true;
  } catch {
    return false;
  }
}
