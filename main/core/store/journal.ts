import { FrontierError } from '../../../shared/ipc/errors';
import { syncDir, writeFileDurably } from './durable-write';
import { errnoCode, type FileHandleLike, type FsLayer } from './fs-layer';
import { encodeRecord, parseJournal, type JournalRecord } from './journal-format';
import { dirname } from 'node:path';

/**
 * The append-only journal of transactions since the last snapshot. Appending one line and
 * fdatasync-ing it costs the same whatever the notebook's size, which is what keeps a save flat;
 * the snapshot (notebook.json) is rewritten only at compaction.
 */
export class Journal {
  private broken: Error | undefined;

  private constructor(
    private readonly fs: FsLayer,
    readonly path: string,
    private handle: FileHandleLike,
    private length: number,
  ) {}

  /** Opens (creating if needed) the journal for appending and returns the records it holds. */
  static async open(fs: FsLayer, path: string): Promise<{ journal: Journal; records: JournalRecord[]; tornBytes: number }> {
    let handle: FileHandleLike;
    try {
      handle = await fs.open(path, 'r+');
    } catch (err) {
      if (errnoCode(err) !== 'ENOENT') throw err;
      handle = await fs.open(path, 'wx');
      await syncDir(fs, dirname(path));
    }
    try {
      const buf = await readAll(handle);
      const parsed = parseJournal(buf);
      if (parsed.corruptAtLine !== undefined) throw journalCorrupt(path, parsed.corruptAtLine);
      if (parsed.tornBytes > 0) {
        // The tail was never acknowledged (acks follow fdatasync); cut it so the next append starts clean.
        await handle.truncate(parsed.validBytes);
        await handle.sync();
      }
      return { journal: new Journal(fs, path, handle, parsed.validBytes), records: parsed.records, tornBytes: parsed.tornBytes };
    } catch (err) {
      await handle.close().catch(() => undefined);
      throw err;
    }
  }

  /** Reads the records without opening for write (verify, read-only opens). A torn tail is ignored. */
  static async read(fs: FsLayer, path: string): Promise<JournalRecord[]> {
    let buf: Buffer;
    try {
      buf = await fs.readFile(path);
    } catch (err) {
      if (errnoCode(err) === 'ENOENT') return [];
      throw err;
    }
    const parsed = parseJournal(buf);
    if (parsed.corruptAtLine !== undefined) throw journalCorrupt(path, parsed.corruptAtLine);
    return parsed.records;
  }

  get bytes(): number {
    return this.length;
  }

  /**
   * Appends records durably; resolves only once they are on disk. On failure the file is cut back
   * to its previous length so that the next append does not follow garbage; if even that fails the
   * journal refuses further writes until the notebook is reopened.
   */
  async append(records: readonly JournalRecord[]): Promise<void> {
    if (this.broken) throw this.brokenError();
    const data = Buffer.concat(records.map(encodeRecord));
    try {
      await this.handle.write(data, this.length);
      await this.handle.datasync();
      this.length += data.length;
    } catch (err) {
      try {
        await this.handle.truncate(this.length);
      } catch (truncErr) {
        this.broken = truncErr as Error;
      }
      throw err;
    }
  }

  /** Empties the journal after a snapshot has durably absorbed its records. */
  async reset(): Promise<void> {
    if (this.broken) throw this.brokenError();
    await this.handle.truncate(0);
    // The file is empty from here on even if the fsync below fails: the next append must start at
    // 0, not at the old length, or it would put a run of NUL bytes in front of its record.
    this.length = 0;
    await this.handle.sync();
  }

  /**
   * After a snapshot has absorbed every record up to some point, keeps only `records`, the ones
   * journaled since (a compaction does not hold up saves). The file is replaced durably (temp →
   * fsync → rename → fsync dir): a crash leaves either the whole old journal, whose absorbed
   * records an open skips, or just these.
   */
  async keepOnly(records: readonly JournalRecord[]): Promise<void> {
    if (records.length === 0) return this.reset();
    if (this.broken) throw this.brokenError();
    try {
      await writeFileDurably(this.fs, this.path, Buffer.concat(records.map(encodeRecord)));
    } finally {
      // Whatever happened, appends must go to the file now at `path`, never to a replaced one.
      await this.reopen();
    }
  }

  async close(): Promise<void> {
    await this.handle.close();
  }

  private async reopen(): Promise<void> {
    try {
      const handle = await this.fs.open(this.path, 'r+');
      const length = await handle.size();
      await this.handle.close().catch(() => undefined);
      this.handle = handle;
      this.length = length;
    } catch (err) {
      this.broken = err as Error;
    }
  }

  private brokenError(): FrontierError {
    return new FrontierError(
      'IO',
      `The journal ${this.path} could not be repaired after a failed write (${this.broken?.message}). Close and reopen the notebook.`,
    );
  }
}

async function readAll(handle: FileHandleLike): Promise<Buffer> {
  const size = await handle.size();
  const buf = Buffer.alloc(size);
  let done = 0;
  while (done < size) {
    const n = await handle.read(buf.subarray(done), done);
    if (n === 0) break;
    done += n;
  }
  return buf.subarray(0, done);
}

function journalCorrupt(path: string, line: number): FrontierError {
  return new FrontierError(
    'CORRUPT',
    `The journal ${path} is damaged at line ${line}: a record there fails its checksum but later ones are intact. ` +
      'Run `frontier restore` to keep the intact records and set the damaged file aside.',
    { file: path },
  );
}
