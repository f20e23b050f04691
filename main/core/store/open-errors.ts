import { FrontierError } from '../../../shared/ipc/errors';
import { newestGoodBackup } from './backups';
import { errnoCode, type FsLayer } from './fs-layer';
import type { NotebookPaths } from './layout';
import type { SnapshotUnreadable } from './snapshot-adapter';

/** True when the folder holds anything of a notebook besides notebook.json (journal, backups, blobs). */
async function hasNotebookTraces(fs: FsLayer, paths: NotebookPaths): Promise<boolean> {
  try {
    const names = await fs.readdir(paths.dir);
    return names.some((n) => n === 'journal.ndjson' || n === 'backups' || n === 'blobs');
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return false;
    throw err;
  }
}

/**
 * Turns "notebook.json could not be read" into an error a person can act on: what is wrong with
 * which file, the newest backup that is good, and the command that restores it. A folder without
 * any trace of a notebook is "not a notebook", never an empty one.
 */
export async function describeOpenFailure(fs: FsLayer, paths: NotebookPaths, err: SnapshotUnreadable): Promise<FrontierError> {
  if (err.reason === 'too-new') {
    // Updating is the answer; the backup is for someone who cannot (newestGoodBackup skips backups this build cannot read).
    const older = await newestGoodBackup(fs, paths.backups);
    if (!older) return new FrontierError('TOO_NEW', `${err.message} Nothing was changed.`, { file: err.file });
    return new FrontierError(
      'TOO_NEW',
      `${err.message} If you cannot update, the newest backup this version can read is ${older.info.path} ` +
        `(taken ${older.info.takenAt}); \`frontier restore\` brings it back, without what was saved after it. Nothing was changed.`,
      { file: err.file, backup: older.info.path },
    );
  }
  if (err.reason === 'missing' && !(await hasNotebookTraces(fs, paths))) {
    return new FrontierError('NOT_A_NOTEBOOK', `There is no notebook in ${paths.dir}. Create one with \`frontier init\`.`, {
      file: err.file,
    });
  }
  const backup = await newestGoodBackup(fs, paths.backups);
  const problem = err.reason === 'missing' ? `${err.file} is missing` : `${err.message}`;
  if (!backup) {
    return new FrontierError('CORRUPT', `${problem}. No good backup was found in ${paths.backups}. Nothing was changed.`, {
      file: err.file,
    });
  }
  return new FrontierError(
    'CORRUPT',
    `${problem}. The newest good backup is ${backup.info.path} (taken ${backup.info.takenAt}). ` +
      'Run `frontier restore` to bring it back; nothing was changed.',
    { file: err.file, backup: backup.info.path },
  );
}
