import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { FrontierError } from '../../../shared/ipc/errors';
import { errnoCode } from './fs-layer';

interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

/**
 * How long a lock that holds no readable owner is taken for one being written right now rather
 * than one left by a process that died mid-write. Only a lock made without link(2) (a file system
 * without hard links, or an older Frontier) can be seen empty, and only for the moment between its
 * creation and its first write.
 */
export const UNREADABLE_LOCK_GRACE_MS = 10_000;

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

/** Age of the file in ms, or undefined when it is gone. */
function ageMs(path: string): number | undefined {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return undefined;
    throw err;
  }
}

/** Link errors that mean "this file system has no hard links", not "the lock is taken". */
const NO_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EINVAL']);

/**
 * Creates `path` holding `content`, or throws EEXIST. The file is written whole under a temp name
 * and then hard-linked to `path` — link(2) fails if `path` exists, like O_EXCL — so no other
 * process can ever see the lock without its owner in it. Where hard links are not supported it
 * falls back to O_EXCL + write, whose short empty moment the readers' grace period covers.
 */
function createComplete(path: string, content: string): void {
  // Named like a durable-write temp file, so a crash between write and unlink leaves something the
  // next lock holder removes (removeStaleTempFiles).
  const temp = join(dirname(path), `.${basename(path).replace(/^\./, '')}.${randomBytes(6).toString('hex')}.tmp`);
  writeNewFileSync(temp, content);
  try {
    linkSync(temp, path);
    return;
  } catch (err) {
    const code = errnoCode(err);
    // The temp file removed under us: only a lock holder removes temp files, so the lock is taken.
    if (code === 'ENOENT') throw Object.assign(new Error(`${path} is taken`), { code: 'EEXIST' });
    if (!NO_LINKS.has(code ?? '')) throw err;
  } finally {
    try {
      unlinkSync(temp);
    } catch {
      // Already gone (a lock holder cleaning up temp files): the link, if made, is what counts.
    }
  }
  writeNewFileSync(path, content);
}

/** Creates `path` (failing if it exists), writes `content` and fsyncs it. */
function writeNewFileSync(path: string, content: string): void {
  const fd = openSync(path, 'wx', 0o600);
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * The one-writer lock: `.lock` holds the owner's pid and host, and is created complete (see
 * createComplete), never seen half-written. A lock left by a process that died (same host, pid
 * gone) is taken over; a lock of a live process, or one from another host (a synced or network
 * folder), is refused, and nothing in the notebook is touched. A lock without a readable owner is
 * taken over only once it is older than UNREADABLE_LOCK_GRACE_MS: until then it may be one being
 * written. Synchronous on purpose: it must be releasable from a process 'exit' handler.
 */
export class NotebookLock {
  private released = false;
  private constructor(readonly path: string) {}

  static acquire(path: string): NotebookLock {
    const owner: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        createComplete(path, JSON.stringify(owner));
        return new NotebookLock(path);
      } catch (err) {
        if (errnoCode(err) !== 'EEXIST') throw err;
      }
      const current = readOwner(path);
      if (current && (current.host !== hostname() || isAlive(current.pid))) {
        throw new FrontierError(
          'LOCKED',
          `The notebook is open in another process (pid ${current.pid} on ${current.host}, since ${current.since}). Close it there first.`,
          { lock: path },
        );
      }
      if (!current) {
        const age = ageMs(path);
        if (age === undefined) continue; // released meanwhile: try again
        if (age < UNREADABLE_LOCK_GRACE_MS) {
          throw new FrontierError('LOCKED', `The notebook is being opened by another process (its lock ${path} is being written). Try again in a moment.`, { lock: path });
        }
      }
      // Stale (owner died) or unreadable for longer than any write takes: move it aside atomically
      // so that of two processes racing for it only one wins the rename, then retry the create.
      const aside = `${path}.stale-${process.pid}`;
      try {
        renameSync(path, aside);
      } catch (err) {
        if (errnoCode(err) !== 'ENOENT') throw err;
        continue;
      }
      const moved = readOwner(aside);
      const justMade = !moved && (ageMs(aside) ?? Infinity) < UNREADABLE_LOCK_GRACE_MS;
      if (justMade || (moved && moved.host === hostname() && moved.pid !== current?.pid && isAlive(moved.pid))) {
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
