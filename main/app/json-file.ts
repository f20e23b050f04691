import { dirname } from 'node:path';
import { writeFileDurably } from '../core/store/durable-write';
import { errnoCode, nodeFs, type FsLayer } from '../core/store/fs-layer';

/**
 * The app's own small JSON files in the user-data folder (window-state.json, settings.json).
 * Reading never fails: a missing, unreadable or garbled file is `undefined`, and the caller's
 * validator falls back to defaults. Writing is durable (temp file → fsync → rename → fsync the
 * folder), so a crash leaves the old file or the new one, never half of one.
 */
export async function readJsonFile(path: string, fs: FsLayer = nodeFs): Promise<unknown> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path);
  } catch (err) {
    if (errnoCode(err) !== 'ENOENT') console.warn(`Frontier: could not read ${path}:`, err);
    return undefined;
  }
  try {
    return JSON.parse(bytes.toString('utf8')) as unknown;
  } catch {
    console.warn(`Frontier: ${path} is not valid JSON; using defaults.`);
    return undefined;
  }
}

export async function writeJsonFile(path: string, value: unknown, fs: FsLayer = nodeFs): Promise<void> {
  await fs.mkdir(dirname(path));
  await writeFileDurably(fs, path, new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`));
}
