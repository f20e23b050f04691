import { join } from 'node:path';
import { Low } from 'lowdb';
import { FrontierError } from '../../../shared/ipc/errors';
import { NotebookMeta, SCHEMA_VERSION, type CollectionItem, type CollectionName } from '../../../shared/model';
import { applyOp, validateItem, type NotebookState } from './apply-op';
import { listBackups, newestGoodBackup, preserveSnapshot, rotateBackups, backupName, DEFAULT_BACKUPS_KEPT, type BackupInfo } from './backups';
import { BlobStore } from './blob-store';
import { syncDir } from './durable-write';
import { errnoCode, nodeFs, type FsLayer } from './fs-layer';
import { Journal } from './journal';
import type { JournalOp, JournalRecord } from './journal-format';
import { notebookPaths, type NotebookPaths } from './layout';
import { NotebookLock } from './lock';
import { DurableSnapshotAdapter, SnapshotUnreadable, type SnapshotFile } from './snapshot-adapter';
import { describeOpenFailure } from './open-errors';

export type StoreOp =
  | { op: 'put'; c: CollectionName; v: unknown }
  | { op: 'del'; c: CollectionName; id: string }
  | { op: 'meta'; v: NotebookMeta };

/** Told of each transaction once it is durable: its operations and its sequence number. */
export type CommitListener = (ops: readonly JournalOp[], seq: number) => void;

export interface StoreOptions {
  fs?: FsLayer;
  /** Open without the lock and refuse writes (verify, inspection while the app runs). */
  readOnly?: boolean;
  backupsKept?: number;
  /** Compact once the journal reaches this many bytes; by default it scales with the snapshot (256 KB – 8 MB). */
  compactAfterBytes?: number;
  /** Absorb the journal into notebook.json on close (the desktop app does; the CLI leaves it to the size rule). */
  compactOnClose?: boolean;
  now?: () => Date;
}

interface Pending {
  record: JournalRecord;
  undo: Array<() => void>;
  resolve: () => void;
  reject: (err: unknown) => void;
}

/**
 * A notebook folder opened for reading and writing. Edits apply in memory at once and are
 * acknowledged when their journal line is on disk; edits that arrive while a write is in flight are
 * coalesced into the next single append + fdatasync (group commit). notebook.json is rewritten
 * (durably, through lowdb) only when the journal has grown, so a save's cost does not depend on
 * the notebook's size.
 */
export class NotebookStore {
  readonly paths: NotebookPaths;
  readonly blobs: BlobStore;
  private pending: Pending[] = [];
  private writeScheduled = false;
  private chain: Promise<void> = Promise.resolve();
  private compactTimer: NodeJS.Timeout | undefined;
  /** The compaction running, if any; the next one waits for it. */
  private compaction: Promise<void> | undefined;
  /** Records saved while a compaction writes notebook.json: the journal keeps them after it. */
  private sinceCompactionStart: JournalRecord[] | undefined;
  private closed = false;
  /** The sweep of blob temp files left by crashes, running in the background after open. */
  private blobSweep: Promise<void> | undefined;
  /** Last sequence number handed out, and the last one on disk. */
  private seq: number;
  private ackedSeq: number;
  private snapshotSeq: number;
  private snapshotBytes: number;
  /** The snapshotSeq of the notebook.json generation already copied into backups/ by a compaction. */
  private preservedSeq: number | undefined;
  lastCompactionError: Error | undefined;
  private readonly commitListeners = new Set<CommitListener>();
  private readonly closeListeners = new Set<() => Promise<void> | void>();

  private constructor(
    dir: string,
    private readonly fs: FsLayer,
    private readonly low: Low<SnapshotFile>,
    private readonly state: NotebookState,
    private readonly journal: Journal | undefined,
    private readonly lock: NotebookLock | undefined,
    private readonly options: StoreOptions,
    seq: number,
    snapshotBytes: number,
  ) {
    this.paths = notebookPaths(dir);
    this.blobs = new BlobStore(fs, this.paths.blobs);
    this.seq = this.ackedSeq = seq;
    this.snapshotSeq = low.data.seq;
    this.snapshotBytes = snapshotBytes;
  }

  /** Creates a new notebook in `dir` (which may exist but must not hold a notebook). */
  static async create(dir: string, meta: { title: string; defaultTlp?: NotebookMeta['defaultTlp'] }, options: StoreOptions = {}): Promise<NotebookStore> {
    const fs = options.fs ?? nodeFs;
    const paths = notebookPaths(dir);
    await fs.mkdir(dir);
    const lock = NotebookLock.acquire(paths.lock);
    try {
      if (await exists(fs, paths.snapshot)) {
        throw new FrontierError('CONFLICT', `${dir} already holds a notebook.`);
      }
      const now = (options.now ?? (() => new Date()))().toISOString();
      const doc: SnapshotFile = {
        schemaVersion: SCHEMA_VERSION,
        seq: 0,
        meta: NotebookMeta.parse({ title: meta.title, created: now, defaultTlp: meta.defaultTlp }),
        notes: [],
        sources: [],
        events: [],
        dossiers: [],
      };
      await fs.mkdir(paths.blobs);
      await fs.mkdir(paths.backups);
      await new DurableSnapshotAdapter(fs, paths.snapshot).write(doc);
      // A backup from the first moment: a young notebook has not compacted yet, and without one a
      // damaged notebook.json could not be restored though every note is still in the journal
      // (restore brings back this backup and replays the journal's records after its seq 0).
      await preserveSnapshot(fs, paths.snapshot, paths.backups, backupName(new Date(now), 0));
      await syncDir(fs, dir);
    } finally {
      lock.release();
    }
    const store = await NotebookStore.open(dir, options);
    store.preservedSeq = 0; // the first compaction need not copy this generation again
    return store;
  }

  /** Opens an existing notebook; never creates one. Errors name the damaged file and the newest good backup. */
  static async open(dir: string, options: StoreOptions = {}): Promise<NotebookStore> {
    const fs = options.fs ?? nodeFs;
    const paths = notebookPaths(dir);
    const lock = options.readOnly ? undefined : await acquireLock(fs, paths);
    const openedAt = Date.now();
    let journal: Journal | undefined;
    try {
      if (lock) await removeStaleTempFiles(fs, [paths.dir, paths.backups]);
      const adapter = new DurableSnapshotAdapter(fs, paths.snapshot);
      // Default data null, never a blank notebook: lowdb's write() skips falsy data, so even a bug that
      // wrote before a successful read could not put an empty notebook over the real one.
      const low = new Low<SnapshotFile>(adapter, null as unknown as SnapshotFile);
      let snapshotBytes = 0;
      try {
        await low.read();
        snapshotBytes = (await fs.stat(paths.snapshot)).size;
      } catch (err) {
        if (err instanceof SnapshotUnreadable) throw await describeOpenFailure(fs, paths, err);
        throw err;
      }
      let records: JournalRecord[];
      if (options.readOnly) records = await Journal.read(fs, paths.journal);
      else ({ journal, records } = await Journal.open(fs, paths.journal));
      const doc = low.data;
      const state: NotebookState = {
        meta: doc.meta,
        notes: new Map(doc.notes.map((n) => [n.id, n])),
        sources: new Map(doc.sources.map((s) => [s.id, s])),
        events: new Map(doc.events.map((e) => [e.id, e])),
        dossiers: new Map(doc.dossiers.map((d) => [d.id, d])),
      };
      let seq = doc.seq;
      for (const rec of records) {
        if (rec.seq <= doc.seq) continue; // already absorbed by the snapshot (crash between rename and reset)
        for (const op of rec.ops) applyOp(state, checkOp(op, `${paths.journal} record ${rec.seq}`));
        seq = rec.seq;
      }
      const store = new NotebookStore(dir, fs, low, state, journal, lock, options, seq, snapshotBytes);
      // A notebook without any backup (made before create took one, or its backups deleted) gets one
      // of its readable notebook.json now, so that restore always has a base to replay the journal on.
      // Not taking it (a full disk) does not stop the open: the notebook is readable, and the next open tries again.
      if (lock && (await listBackups(fs, paths.backups)).length === 0) {
        const taken = await preserveSnapshot(fs, paths.snapshot, paths.backups, backupName(store.now(), doc.seq)).then(
          () => true,
          () => false,
        );
        if (taken) store.preservedSeq = doc.seq;
      }
      // A notebook in an older format is rewritten in this one before anything is journaled:
      // otherwise a format-1 notebook.json would sit beside journal records only format 2 can
      // read, and an older Frontier would fail on them as "corrupt" instead of saying "too new".
      // The compaction keeps the old file in backups/ first, so going back stays possible.
      if (!options.readOnly && (adapter.readVersion ?? SCHEMA_VERSION) < SCHEMA_VERSION) await store.compact();
      // Blob writes a crash interrupted leave temp files in the shards; walking every shard costs a
      // readdir each, so it runs after the open, and spares any temp file younger than the open.
      // (A second of margin: the kernel stamps files with a coarse clock.)
      if (lock) store.blobSweep = removeStaleBlobTemps(fs, paths.blobs, openedAt - 1000).catch(() => undefined);
      return store;
    } catch (err) {
      await journal?.close().catch(() => undefined);
      lock?.release();
      throw err;
    }
  }

  get meta(): NotebookMeta {
    return this.state.meta;
  }

  get readOnly(): boolean {
    return this.options.readOnly === true;
  }

  get<C extends CollectionName>(c: C, id: string): CollectionItem[C] | undefined {
    return (this.state[c] as Map<string, CollectionItem[C]>).get(id);
  }

  all<C extends CollectionName>(c: C): IterableIterator<CollectionItem[C]> {
    return (this.state[c] as Map<string, CollectionItem[C]>).values();
  }

  count(c: CollectionName): number {
    return this.state[c].size;
  }

  stats() {
    return { seq: this.ackedSeq, snapshotSeq: this.snapshotSeq, journalBytes: this.journal?.bytes ?? 0, snapshotBytes: this.snapshotBytes };
  }

  /**
   * Applies a transaction and resolves once it is durable. Every put is validated against its
   * schema first; a transaction is all or nothing, in memory and on disk.
   */
  commit(ops: readonly StoreOp[]): Promise<void> {
    if (this.readOnly) return Promise.reject(new FrontierError('FORBIDDEN', 'The notebook is open read-only.'));
    if (this.closed) return Promise.reject(new FrontierError('INTERNAL', 'The notebook is closed.'));
    if (ops.length === 0) return Promise.resolve();
    const checked = ops.map((op) => checkOp(op, 'commit'));
    const undo = checked.map((op) => applyOp(this.state, op));
    const record: JournalRecord = { seq: ++this.seq, at: this.now().toISOString(), ops: checked };
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ record, undo, resolve, reject });
      this.scheduleWrite();
    });
  }

  /** Resolves when every edit made so far is on disk. */
  async flush(): Promise<void> {
    await this.enqueue(async () => undefined);
  }

  /**
   * Writes the whole notebook into notebook.json (keeping the previous one as a backup) and empties
   * the journal of what it absorbed. Saves go on while it writes; compactions run one at a time.
   */
  compact(): Promise<void> {
    if (this.readOnly) return Promise.reject(new FrontierError('FORBIDDEN', 'The notebook is open read-only.'));
    const run = (this.compaction ?? Promise.resolve()).catch(() => undefined).then(() => this.compactNow());
    this.compaction = run;
    void run.catch(() => undefined).then(() => {
      if (this.compaction === run) this.compaction = undefined;
    });
    return run;
  }

  /** Takes a backup of the notebook as it is now (after absorbing the journal) and returns it. */
  async backupNow(): Promise<BackupInfo> {
    await this.compact();
    let info: BackupInfo | undefined;
    await this.enqueue(async () => {
      const name = (await preserveSnapshot(this.fs, this.paths.snapshot, this.paths.backups, backupName(this.now(), this.snapshotSeq))) ?? '';
      await rotateBackups(this.fs, this.paths.backups, this.options.backupsKept ?? DEFAULT_BACKUPS_KEPT);
      info = (await listBackups(this.fs, this.paths.backups)).find((b) => b.name === name);
    });
    if (!info) throw new FrontierError('IO', `The backup was not written to ${this.paths.backups}.`);
    return info;
  }

  /**
   * Calls `listener` with every transaction after it is durable, in commit order (an edit that fails
   * to save is never reported). Returns a function that stops it. For derived data such as the
   * search index; a listener that throws is ignored.
   */
  onCommit(listener: CommitListener): () => void {
    this.commitListeners.add(listener);
    return () => void this.commitListeners.delete(listener);
  }

  /** Calls `listener` when the notebook closes, after its last edit is durable; close() waits for it. */
  onClose(listener: () => Promise<void> | void): () => void {
    this.closeListeners.add(listener);
    return () => void this.closeListeners.delete(listener);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    clearTimeout(this.compactTimer);
    await this.blobSweep;
    // A compaction writing notebook.json finishes (or fails) before the journal is closed under it.
    await this.compaction?.catch(() => undefined);
    try {
      if (!this.readOnly) {
        await this.flush();
        if (this.options.compactOnClose && (this.journal?.bytes ?? 0) > 0) await this.compact();
      }
    } finally {
      const listeners = [...this.closeListeners];
      this.closeListeners.clear();
      await Promise.allSettled(listeners.map(async (listener) => listener()));
      this.closed = true;
      await this.journal?.close().catch(() => undefined);
      this.lock?.release();
    }
  }

  private now(): Date {
    return (this.options.now ?? (() => new Date()))();
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.chain.then(task);
    this.chain = run.catch(() => undefined);
    return run;
  }

  private scheduleWrite(): void {
    if (this.writeScheduled) return;
    this.writeScheduled = true;
    void this.enqueue(() => this.writeBatch()).catch(() => undefined);
  }

  private async writeBatch(): Promise<void> {
    this.writeScheduled = false;
    const batch = this.pending.splice(0);
    if (batch.length === 0 || !this.journal) return;
    try {
      await this.journal.append(batch.map((p) => p.record));
    } catch (err) {
      // Undo this batch and everything applied after it, newest first, so memory matches the disk.
      const later = this.pending.splice(0);
      for (const p of [...batch, ...later].reverse()) for (const u of [...p.undo].reverse()) u();
      this.seq = this.ackedSeq;
      const failure = ioError(err, this.paths.journal);
      for (const p of [...batch, ...later]) p.reject(failure);
      return;
    }
    this.ackedSeq = batch[batch.length - 1]!.record.seq;
    this.sinceCompactionStart?.push(...batch.map((p) => p.record));
    for (const p of batch) {
      for (const listener of this.commitListeners) {
        try {
          listener(p.record.ops, p.record.seq);
        } catch {
          // A listener (the search index) must never turn a saved edit into a failed save.
        }
      }
      p.resolve();
    }
    if (this.journal.bytes >= this.compactThreshold()) this.scheduleCompaction();
  }

  private compactThreshold(): number {
    return this.options.compactAfterBytes ?? Math.min(Math.max(this.snapshotBytes, 256 * 1024), 8 * 1024 * 1024);
  }

  private scheduleCompaction(): void {
    if (this.compactTimer) return;
    this.compactTimer = setTimeout(() => {
      this.compactTimer = undefined;
      this.compact().then(
        () => (this.lastCompactionError = undefined),
        (err: Error) => (this.lastCompactionError = err), // the journal still holds everything; retried next time
      );
    }, 0);
    this.compactTimer.unref();
  }

  /**
   * Three steps. In the write queue: everything pending is made durable and the notebook as it now
   * stands is taken (the maps hold immutable items, so copying their values is a consistent view).
   * Outside it, so saves go on meanwhile: the old notebook.json is copied to backups/ and the new
   * one written. In the queue again: the journal keeps only the records saved meanwhile.
   */
  private async compactNow(): Promise<void> {
    let doc: SnapshotFile | undefined;
    await this.enqueue(async () => {
      // Everything in memory must be on disk before it is taken, or a later failed write could
      // leave an unacknowledged edit in the snapshot. The loop ends with no await before taking it.
      while (this.pending.length > 0) await this.writeBatch();
      doc = {
        schemaVersion: SCHEMA_VERSION,
        seq: this.ackedSeq,
        meta: this.state.meta,
        notes: [...this.state.notes.values()],
        sources: [...this.state.sources.values()],
        events: [...this.state.events.values()],
        dossiers: [...this.state.dossiers.values()],
      };
      this.sinceCompactionStart = [];
    });
    const taken = doc!;
    try {
      try {
        // One copy per generation: a compaction that failed after this step left its copy in backups/,
        // and copying again on every retry would rotate the older generations out.
        if (this.preservedSeq !== this.snapshotSeq) {
          await preserveSnapshot(this.fs, this.paths.snapshot, this.paths.backups, backupName(this.now(), this.snapshotSeq));
          this.preservedSeq = this.snapshotSeq;
        }
        this.low.data = taken;
        await this.low.write();
        this.snapshotSeq = taken.seq;
        this.snapshotBytes = (await this.fs.stat(this.paths.snapshot)).size;
      } catch (err) {
        throw ioError(err, this.paths.snapshot, 'compaction');
      }
      try {
        // The new generation goes to backups/ too, before the journal lets go of what it absorbed:
        // otherwise, until the next compaction, those changes would be in notebook.json alone, and
        // a damaged notebook.json would lose them. If this copy fails the journal keeps them, and
        // the next compaction copies this generation first (preservedSeq still names the old one).
        await preserveSnapshot(this.fs, this.paths.snapshot, this.paths.backups, backupName(this.now(), taken.seq));
        this.preservedSeq = taken.seq;
      } catch (err) {
        throw ioError(err, this.paths.backups, 'backup');
      }
      await this.enqueue(async () => {
        try {
          await this.journal?.keepOnly(this.sinceCompactionStart ?? []);
        } catch (err) {
          throw ioError(err, this.paths.journal, 'journal trim');
        }
        try {
          await rotateBackups(this.fs, this.paths.backups, this.options.backupsKept ?? DEFAULT_BACKUPS_KEPT);
        } catch (err) {
          throw ioError(err, this.paths.backups, 'rotation');
        }
      });
    } finally {
      this.sinceCompactionStart = undefined;
    }
  }
}

function checkOp(op: StoreOp | JournalOp, where: string): JournalOp {
  if (op.op === 'put') return { op: 'put', c: op.c, v: validateItem(op.c, op.v, where) };
  if (op.op === 'meta') return { op: 'meta', v: NotebookMeta.parse(op.v) };
  if (op.op === 'del' && typeof op.id === 'string') return op;
  throw new FrontierError('CORRUPT', `${where}: unknown operation`);
}

function ioError(err: unknown, file: string, during: 'save' | 'compaction' | 'backup' | 'journal trim' | 'rotation' = 'save'): FrontierError {
  if (err instanceof FrontierError) return err;
  const code = errnoCode(err);
  const why = code === 'ENOSPC' ? 'the disk is full' : code === 'EIO' ? 'the disk reported an I/O error' : (err as Error).message;
  const outcome = {
    save: 'The change was not saved; the notebook on disk is unchanged.',
    compaction: 'notebook.json was not replaced; every saved change is still in the journal.',
    backup: 'notebook.json was written but not yet copied to backups/; the journal keeps every change until it is.',
    'journal trim': 'notebook.json was written; the journal still holds what it absorbed, which opening skips.',
    rotation: 'notebook.json and its backup were written; older backups were not all removed.',
  }[during];
  return new FrontierError('IO', `Could not write ${file}: ${why}. ${outcome}`, code ? { errno: code } : undefined, { cause: err });
}

/** The lock, or — when the folder itself does not exist — the same NOT_A_NOTEBOOK a read-only open gives. */
async function acquireLock(fs: FsLayer, paths: NotebookPaths): Promise<NotebookLock> {
  try {
    return NotebookLock.acquire(paths.lock);
  } catch (err) {
    if (errnoCode(err) !== 'ENOENT') throw err;
    throw await describeOpenFailure(fs, paths, new SnapshotUnreadable(paths.snapshot, 'missing', `${paths.snapshot} is missing`));
  }
}

/**
 * Temp files of writes that a crash interrupted (`.notebook.json.<hex>.tmp`): never data — a temp
 * file only becomes data by its rename — but each is a full copy of the notebook. Only the lock
 * holder removes them, so no live write's temp file is touched.
 */
async function removeStaleTempFiles(fs: FsLayer, dirs: string[]): Promise<void> {
  for (const dir of dirs) {
    const names = await fs.readdir(dir).catch(() => [] as string[]);
    for (const name of names) if (/^\..+\.[0-9a-f]{12}\.tmp$/.test(name)) await fs.unlink(join(dir, name)).catch(() => undefined);
  }
}

/** Temp files of blob writes (`blobs/ab/.<sha256>.<hex>.tmp`) older than `before` (ms since the epoch). */
async function removeStaleBlobTemps(fs: FsLayer, blobs: string, before: number): Promise<void> {
  const shards = (await fs.readdir(blobs).catch(() => [] as string[])).filter((n) => /^[0-9a-f]{2}$/.test(n));
  for (const shard of shards) {
    const dir = join(blobs, shard);
    for (const name of await fs.readdir(dir).catch(() => [] as string[])) {
      if (!/^\.[0-9a-f]{64}\.[0-9a-f]{12}\.tmp$/.test(name)) continue;
      const file = join(dir, name);
      const st = await fs.stat(file).catch(() => undefined);
      if (st && st.mtimeMs < before) await fs.unlink(file).catch(() => undefined);
    }
  }
}

async function exists(fs: FsLayer, path: string): Promise<boolean> {
  try {
    await fs.stat(path);
    return true;
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return false;
    throw err;
  }
}

export { newestGoodBackup };
