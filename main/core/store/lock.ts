import { closeSync, openSync, readFileSync, renameSync, unlinkSync, writeSync, fsyncSync } from 'node:fs';
import { hostname } from 'node:os';
import { FrontierError } from '../../../shared/ipc/errors';
import { errnoCode } from './fs-layer';

interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return errnoCode(err) === 'EPERM'; // exists, owned by someone else
  }
}

function readOwner(path: string): LockOwner | undefined {
  try {
    const o = JSON.parse(readFileSync(path, 'utf8')) as LockOwner;
    return typeof o.pid === 'number' && typeof o.host === 'string' ? o : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The one-writer lock: `.lock` created with O_EXCL holds the owner's pid and host. A lock left by a
 * process that died (same host, pid gone) is taken over; a lock of a live process, or one from
 * another host (a synced or network folder), is refused, and nothing in the notebook is touched.
 * Synchronous on purpose: it must be releasable from a process 'exit' handler.
 */
export class NotebookLock {
  private released = false;
  private constructor(readonly path: string) {}

  static acquire(path: string): NotebookLock {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        const fd = openSync(path, 'wx', 0o600);
        try {
          const owner: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
          writeSync(fd, JSON.stringify(owner));
          fsyncSync(fd);
        } finally {
          closeSync(fd);
        }
        return new NotebookLock(path);
      } catch (err) {
        if (errnoCode(err) !== 'EEXIST') throw err;
      }
      const owner = readOwner(path);
      if (owner && (owner.host !== hostname() || isAlive(owner.pid))) {
        throw new FrontierError(
          'LOCKED',
          `The notebook is open in another process (pid ${owner.pid} on ${owner.host}, since ${owner.since}). Close it there first.`,
          { lock: path },
        );
      }
      // Stale (owner died) or unreadable (owner died while writing it): move it aside atomically so
      // that of two processes racing for it only one wins the rename, then retry the exclusive create.
      const aside = `${path}.stale-${process.pid}`;
      try {
        renameSync(path, aside);
      } catch (err) {
        if (errnoCode(err) !== 'ENOENT') throw err;
        continue;
      }
      const moved = readOwner(aside);
      if (moved && moved.host === hostname() && moved.pid !== owner?.pid && isAlive(moved.pid)) {
        // We lost a race: another process replaced the stale lock with its own live one. Put it back.
        renameSync(aside, path);
        continue;
      }
      unlinkSync(aside);
    }
    throw new FrontierError('LOCKED', `Could not take the notebook lock ${path}; another process keeps taking it.`);
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    const owner = readOwner(this.path);
    if (owner && owner.pid === process.pid && owner.host === hostname()) {
      try {
        unlinkSync(this.path);
      } catch {
        // Already gone: nothing to release.
      }
    }
  }
}
