import { readdir } from 'node:fs/promises';
import { basename } from 'node:path';
import { FrontierError } from '../../../shared/ipc/errors';
import { errnoCode } from './fs-layer';
import { NotebookStore, type StoreOptions } from './notebook-store';

/**
 * The desktop app's first run: create the default notebook only when its folder is absent or
 * empty. A folder with anything in it — a damaged notebook among them — is opened and, if that
 * fails, the error is shown; it is never replaced by a fresh, empty notebook.
 */
export async function openOrCreateNotebook(dir: string, options: StoreOptions = {}, title = 'My notebook'): Promise<NotebookStore> {
  let entries: string[] = [];
  try {
    entries = (await readdir(dir)).filter((n) => n !== '.DS_Store');
  } catch (err) {
    if (errnoCode(err) !== 'ENOENT') throw err;
  }
  if (entries.length === 0) return NotebookStore.create(dir, { title }, options);
  try {
    return await NotebookStore.open(dir, options);
  } catch (err) {
    if (err instanceof FrontierError && err.code === 'NOT_A_NOTEBOOK') {
      throw new FrontierError('NOT_A_NOTEBOOK', `${dir} holds files (${entries.slice(0, 3).join(', ')}) but no notebook; Frontier will not overwrite them. Move them away or choose another folder than ${basename(dir)}.`);
    }
    throw err;
  }
}
