import { readdir, stat } from 'node:fs/promises';
import { errnoCode } from '../core/store/fs-layer';
import type { FolderInspection } from './notebook-choice';

/** Looks at a folder for decideNotebookChoice: absent, a file, or a folder and the names in it. */
export async function inspectFolder(dir: string): Promise<FolderInspection> {
  try {
    if (!(await stat(dir)).isDirectory()) return { kind: 'not-a-folder' };
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return { kind: 'missing' };
    throw err;
  }
  return { kind: 'folder', names: await readdir(dir) };
}
