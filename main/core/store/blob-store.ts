import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { FrontierError } from '../../../shared/ipc/errors';
import { syncDir, writeFileDurably } from './durable-write';
import { errnoCode, type FsLayer } from './fs-layer';

export const sha256Hex = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');

/**
 * Content-addressed, immutable files (source texts, original imports) under blobs/ab/abcdef….
 * Written before the journal record that refers to them, so a crash leaves at worst an orphan,
 * never a dangling reference.
 */
export class BlobStore {
  constructor(
    private readonly fs: FsLayer,
    readonly dir: string,
  ) {}

  pathOf(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new FrontierError('INVALID_INPUT', `not a blob id: ${sha256}`);
    return join(this.dir, sha256.slice(0, 2), sha256);
  }

  async has(sha256: string): Promise<boolean> {
    try {
      return (await this.fs.stat(this.pathOf(sha256))).isFile;
    } catch (err) {
      if (errnoCode(err) === 'ENOENT') return false;
      throw err;
    }
  }

  /** Stores bytes and returns their sha256; storing the same bytes again writes nothing. */
  async put(data: Uint8Array): Promise<string> {
    const sha = sha256Hex(data);
    if (await this.has(sha)) return sha;
    const shard = join(this.dir, sha.slice(0, 2));
    await this.fs.mkdir(shard);
    await syncDir(this.fs, this.dir);
    await writeFileDurably(this.fs, this.pathOf(sha), data);
    return sha;
  }

  async get(sha256: string): Promise<Buffer> {
    try {
      return await this.fs.readFile(this.pathOf(sha256));
    } catch (err) {
      if (errnoCode(err) === 'ENOENT') throw new FrontierError('NOT_FOUND', `blob ${sha256} is missing from ${this.dir}`);
      throw err;
    }
  }

  /** 'ok', 'missing', or 'damaged' (the bytes no longer hash to their name). */
  async check(sha256: string): Promise<'ok' | 'missing' | 'damaged'> {
    try {
      return sha256Hex(await this.fs.readFile(this.pathOf(sha256))) === sha256 ? 'ok' : 'damaged';
    } catch (err) {
      if (errnoCode(err) === 'ENOENT') return 'missing';
      throw err;
    }
  }

  /** Every blob on disk, for verify's orphan report. */
  async list(): Promise<string[]> {
    const out: string[] = [];
    let shards: string[];
    try {
      shards = await this.fs.readdir(this.dir);
    } catch (err) {
      if (errnoCode(err) === 'ENOENT') return out;
      throw err;
    }
    for (const shard of shards.filter((s) => /^[0-9a-f]{2}$/.test(s))) {
      for (const name of await this.fs.readdir(join(this.dir, shard))) if (/^[0-9a-f]{64}$/.test(name)) out.push(name);
    }
    return out;
  }
}
