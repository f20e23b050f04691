import * as fsp from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * The file operations the store performs, behind one small interface so tests can record their
 * order (fsync before rename, directory fsync after) and inject ENOSPC or EIO at any step.
 */
export interface FileHandleLike {
  write(data: Uint8Array, position: number): Promise<number>;
  read(buffer: Uint8Array, position: number): Promise<number>;
  /** fsync: data and metadata. */
  sync(): Promise<void>;
  /** fdatasync: data (and the size), enough for appends to a file whose existence is already durable. */
  datasync(): Promise<void>;
  truncate(length: number): Promise<void>;
  size(): Promise<number>;
  close(): Promise<void>;
}

export interface FsLayer {
  open(path: string, flags: 'r' | 'r+' | 'w' | 'wx' | 'a+'): Promise<FileHandleLike>;
  /** Opens a directory for fsync (Linux/macOS); resolves null where directories cannot be opened (Windows). */
  openDir(path: string): Promise<FileHandleLike | null>;
  readFile(path: string): Promise<Buffer>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  link(existing: string, created: string): Promise<void>;
  copyFile(from: string, to: string): Promise<void>;
  mkdir(path: string): Promise<void>;
  readdir(path: string): Promise<string[]>;
  stat(path: string): Promise<{ size: number; mtimeMs: number; isFile: boolean; isDirectory: boolean }>;
}

function wrapHandle(h: fsp.FileHandle): FileHandleLike {
  return {
    async write(data, position) {
      let done = 0;
      // A single write() may be partial; loop until all bytes are down.
      while (done < data.length) {
        const { bytesWritten } = await h.write(data, done, data.length - done, position + done);
        if (bytesWritten === 0) throw Object.assign(new Error('write returned 0 bytes'), { code: 'EIO' });
        done += bytesWritten;
      }
      return done;
    },
    async read(buffer, position) {
      const { bytesRead } = await h.read(buffer, 0, buffer.length, position);
      return bytesRead;
    },
    sync: () => h.sync(),
    datasync: () => h.datasync(),
    truncate: (length) => h.truncate(length),
    size: async () => (await h.stat()).size,
    close: () => h.close(),
  };
}

export const nodeFs: FsLayer = {
  open: async (path, flags) => wrapHandle(await fsp.open(path, flags, 0o600)),
  async openDir(path) {
    if (process.platform === 'win32') return null;
    return wrapHandle(await fsp.open(path, 'r'));
  },
  readFile: (path) => fsp.readFile(path),
  rename: (from, to) => fsp.rename(from, to),
  unlink: (path) => fsp.unlink(path),
  link: (existing, created) => fsp.link(existing, created),
  copyFile: (from, to) => fsp.copyFile(from, to),
  mkdir: (path) => makeFolder(path),
  readdir: (path) => fsp.readdir(path),
  async stat(path) {
    const s = await fsp.stat(path);
    return { size: s.size, mtimeMs: s.mtimeMs, isFile: s.isFile(), isDirectory: s.isDirectory() };
  },
};

export const errnoCode = (err: unknown): string | undefined =>
  typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : undefined;

/**
 * mkdir -p (private to the user by default), without Node's recursive mkdir, which loops forever where mkdir fails with ENOENT
 * although the parent exists (procfs, sysfs): it takes ENOENT for "parent missing", finds the
 * parent there and tries again. Here a component is created once its parent exists, and an
 * ENOENT then is final.
 */
export async function makeFolder(path: string, mode = 0o700): Promise<void> {
  const attempt = async (): Promise<'made' | 'no-parent'> => {
    try {
      await fsp.mkdir(path, { mode });
      return 'made';
    } catch (err) {
      const code = errnoCode(err);
      if (code === 'EEXIST' && (await fsp.stat(path)).isDirectory()) return 'made';
      if (code === 'ENOENT') return 'no-parent';
      throw err;
    }
  };
  if ((await attempt()) === 'made') return;
  const parent = dirname(path);
  if (parent !== path) await makeFolder(parent, mode);
  if ((await attempt()) === 'made') return;
  throw Object.assign(new Error(`ENOENT: cannot create the folder ${path}`), { code: 'ENOENT', syscall: 'mkdir', path });
}
