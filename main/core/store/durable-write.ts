import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { FsLayer } from './fs-layer';

/** fsync a directory so that a rename or a new entry in it survives a power cut. */
export async function syncDir(fs: FsLayer, dir: string): Promise<void> {
  const handle = await fs.openDir(dir);
  if (!handle) return;
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Replaces `path` with `data` (one buffer, or parts written one after the other) so that after a crash at any moment the file holds either the old
 * bytes or the new ones, never a mix: write a temp file beside it → fsync it → rename over →
 * fsync the directory. On any failure the temp file is removed and the old file is untouched.
 */
export async function writeFileDurably(fs: FsLayer, path: string, data: Uint8Array | readonly Uint8Array[]): Promise<void> {
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await fs.open(temp, 'wx');
  let renamed = false;
  try {
    try {
      // In parts when given parts: a large notebook is never one more copy in memory.
      let at = 0;
      for (const part of data instanceof Uint8Array ? [data] : data) {
        await handle.write(part, at);
        at += part.length;
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, path);
    renamed = true;
    await syncDir(fs, dir);
  } catch (err) {
    if (!renamed) await fs.unlink(temp).catch(() => undefined);
    throw err;
  }
}
