import { performance } from 'node:perf_hooks';
import { nodeFs, type FileHandleLike, type FsLayer } from '../../main/core/store';

/** Milliseconds spent in the disk-bound handle calls (write, fsync, fdatasync, truncate) so far. */
export interface DiskClock {
  ms: number;
}

/**
 * The store's own file layer with a stopwatch around the calls that wait for the disk, passed in
 * through StoreOptions.fs. A save's time minus its disk time is what the store spends on the CPU
 * (validation, encoding, bookkeeping), which is the part that could grow with the notebook.
 */
export function timedFs(clock: DiskClock, base: FsLayer = nodeFs): FsLayer {
  const timed =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const start = performance.now();
      try {
        return await fn(...args);
      } finally {
        clock.ms += performance.now() - start;
      }
    };
  const wrap = (h: FileHandleLike): FileHandleLike => ({
    write: timed((data: Uint8Array, position: number) => h.write(data, position)),
    read: (buffer, position) => h.read(buffer, position),
    sync: timed(() => h.sync()),
    datasync: timed(() => h.datasync()),
    truncate: timed((length: number) => h.truncate(length)),
    size: () => h.size(),
    close: () => h.close(),
  });
  return {
    ...base,
    open: async (path, flags) => wrap(await base.open(path, flags)),
    openDir: async (path) => {
      const h = await base.openDir(path);
      return h && wrap(h);
    },
  };
}
