import { randomBytes } from 'node:crypto';
import { readdir, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { FrontierError } from '../../shared/ipc/errors';
import { nodeFs } from '../core/store';
import { writeFileDurably } from '../core/store/durable-write';
import { makeFolder } from '../core/store/fs-layer';

/** Folders for output the user asked for: the usual permissions (umask), unlike the notebook's own. */
const makeOutputFolder = (path: string) => makeFolder(path, 0o777);

/**
 * Export output appears whole or not at all: a file is written to a temp file beside OUT and
 * renamed over it; a folder is built as a temp folder beside OUT and renamed into place. An
 * export cancelled or failed before that leaves nothing at OUT (and no temp file behind).
 */

export async function writeOutputFile(out: string, data: Uint8Array): Promise<void> {
  await makeOutputFolder(dirname(resolve(out)));
  await writeFileDurably(nodeFs, resolve(out), data);
}

export async function writeOutputFolder(out: string, files: ReadonlyArray<{ path: string; data: Uint8Array }>): Promise<void> {
  const target = resolve(out);
  const existing = await readdir(target).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return undefined;
    if (err.code === 'ENOTDIR') throw new FrontierError('CONFLICT', `${out} is a file; the Markdown bundle is a folder. Choose a new folder name.`);
    throw err;
  });
  if (existing && existing.length > 0) throw new FrontierError('CONFLICT', `${out} is not empty; choose an empty or new folder.`);
  await makeOutputFolder(dirname(target));
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.part`);
  try {
    for (const f of files) {
      const path = resolve(temp, f.path);
      // Paths come from our own bundle writer, but a file must never land outside the folder.
      if (!path.startsWith(temp + sep)) throw new FrontierError('INTERNAL', `Refusing to write ${f.path} outside the bundle.`);
      await makeOutputFolder(dirname(path));
      await writeFile(path, f.data);
    }
    if (existing) await rmdir(target);
    await rename(temp, target);
  } catch (err) {
    await rm(temp, { recursive: true, force: true });
    throw err;
  }
}
