import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { packedProblem, type PackedRecords } from './pack';
import { Segment } from './segment';

/**
 * The index on disk, `<notebook>/index/search.idx`: rebuildable, never the source of truth. One
 * binary file — a header, then the typed arrays as they are in memory — so a large notebook's index
 * loads in a few reads and no parsing. Trusted only whole: the magic, format and analyzer versions,
 * a CRC-32 of everything after the first 16 bytes, and the arrays' shapes must all check out, or it
 * is rejected (and rebuilt). The notebook's edit sequence number at the time is recorded for
 * diagnosis; which items are still current is decided per item by fingerprint (see engine.ts).
 * Format 2 adds each item's record (title, texts, filters), so a worker started alongside the
 * notebook can answer from the cache as soon as the notebook confirms the fingerprints, without
 * the notebook's texts crossing to it.
 *
 *   0  "FRSI"   4  u32 format   8  u32 header bytes   12  u32 CRC-32 of bytes 16…
 *   16 header JSON (padded to 8)   then each section, 8-aligned, as the header lists them
 */
export const CACHE_FILE = 'search.idx';
const MAGIC = 0x49535246; // "FRSI" little-endian
export const CACHE_FORMAT = 2;

export interface CachedDocs {
  ids: string[];
  kinds: Uint8Array;
  lengths: Uint32Array;
  fingerprints: Uint32Array;
  /** Each document's ItemRecord, packed; its `kinds` are the documents' kinds. */
  records: Omit<PackedRecords, 'kinds'>;
}

export interface CacheContents {
  /** Notebook edit sequence number the index reflects. */
  seq: number;
  analyzer: number;
  docs: CachedDocs;
  segment: Segment;
}

/** Why a cache file was not used; the index is rebuilt. */
export class CacheRejected extends Error {}

interface Header {
  seq: number;
  analyzer: number;
  written: string;
  sections: Array<[name: string, offset: number, bytes: number]>;
}

const pad8 = (n: number) => (n + 7) & ~7;
const utf8 = (strings: readonly string[]) => Buffer.from(strings.join('\n'), 'utf8');

export function encodeCache(c: CacheContents): Buffer[] {
  const s = c.segment;
  const sections: Array<[string, Uint8Array]> = [
    ['ids', utf8(c.docs.ids)],
    ['kinds', c.docs.kinds],
    ['lengths', new Uint8Array(c.docs.lengths.buffer, c.docs.lengths.byteOffset, c.docs.lengths.byteLength)],
    ['fingerprints', new Uint8Array(c.docs.fingerprints.buffer, c.docs.fingerprints.byteOffset, c.docs.fingerprints.byteLength)],
    ['recText', Buffer.from(c.docs.records.text, 'utf8')],
    ['recLengths', new Uint8Array(c.docs.records.lengths.buffer, c.docs.records.lengths.byteOffset, c.docs.records.lengths.byteLength)],
    ['recNumbers', new Uint8Array(c.docs.records.numbers.buffer, c.docs.records.numbers.byteOffset, c.docs.records.numbers.byteLength)],
    ['terms', utf8(s.terms)],
    ...(['termPost', 'postDoc', 'postTf', 'postPos', 'pos'] as const).map((name): [string, Uint8Array] => {
      const a = s[name];
      return [name, new Uint8Array(a.buffer, a.byteOffset, a.byteLength)];
    }),
  ];
  // The header states offsets, which depend on the header's own length: lay out with a generous
  // fixed header size, so one pass suffices.
  const draft: Header = { seq: c.seq, analyzer: c.analyzer, written: new Date().toISOString(), sections: [] };
  const headerRoom = pad8(Buffer.byteLength(JSON.stringify({ ...draft, sections: sections.map(([n]) => [n, 1e15, 1e15]) })));
  let offset = 16 + headerRoom;
  for (const [name, bytes] of sections) {
    draft.sections.push([name, offset, bytes.byteLength]);
    offset = pad8(offset + bytes.byteLength);
  }
  const header = Buffer.alloc(headerRoom, 0x20);
  header.write(JSON.stringify(draft), 'utf8');
  const chunks: Buffer[] = [header];
  let at = 16 + headerRoom;
  for (const [, bytes] of sections) {
    chunks.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    const end = pad8(at + bytes.byteLength);
    if (end > at + bytes.byteLength) chunks.push(Buffer.alloc(end - at - bytes.byteLength));
    at = end;
  }
  let crc = 0;
  // Skipping empty chunks is not only quicker: zlib.crc32 of an empty view of an empty buffer returns 0, not the running value.
  for (const chunk of chunks) if (chunk.length > 0) crc = crc32(chunk, crc);
  const prefix = Buffer.alloc(16);
  prefix.writeUInt32LE(MAGIC, 0);
  prefix.writeUInt32LE(CACHE_FORMAT, 4);
  prefix.writeUInt32LE(headerRoom, 8);
  prefix.writeUInt32LE(crc, 12);
  return [prefix, ...chunks];
}

type Ctor<T> = { new (buffer: ArrayBufferLike, byteOffset: number, length: number): T; BYTES_PER_ELEMENT: number };

export function decodeCache(file: Buffer, analyzer: number): CacheContents {
  const reject = (why: string): never => {
    throw new CacheRejected(why);
  };
  if (file.length < 16 || file.readUInt32LE(0) !== MAGIC) reject('not a Frontier search index');
  if (file.readUInt32LE(4) !== CACHE_FORMAT) reject(`written in format ${file.readUInt32LE(4)}, this version reads ${CACHE_FORMAT}`);
  const headerBytes = file.readUInt32LE(8);
  if (16 + headerBytes > file.length) reject('truncated header');
  if (crc32(file.subarray(16)) !== file.readUInt32LE(12)) reject('checksum mismatch (damaged or partly written)');
  let header: Header;
  try {
    header = JSON.parse(file.toString('utf8', 16, 16 + headerBytes)) as Header;
  } catch {
    return reject('unreadable header');
  }
  if (header.analyzer !== analyzer) reject(`built by word rules version ${header.analyzer}, these are version ${analyzer}`);
  const sections = new Map<string, [number, number]>();
  for (const [name, offset, bytes] of header.sections ?? []) {
    if (!(offset >= 16 + headerBytes && offset + bytes <= file.length)) reject(`section ${name} out of bounds`);
    sections.set(name, [offset, bytes]);
  }
  const bytesOf = (name: string): [number, number] => sections.get(name) ?? reject(`section ${name} missing`);
  const array = <T>(name: string, ctor: Ctor<T>): T => {
    const [offset, bytes] = bytesOf(name);
    if (bytes % ctor.BYTES_PER_ELEMENT !== 0) reject(`section ${name} has a partial element`);
    const at = file.byteOffset + offset;
    // A view when aligned (always, for a file read whole); a copy otherwise.
    if (at % ctor.BYTES_PER_ELEMENT === 0) return new ctor(file.buffer, at, bytes / ctor.BYTES_PER_ELEMENT);
    return new ctor(file.buffer.slice(at, at + bytes), 0, bytes / ctor.BYTES_PER_ELEMENT);
  };
  const strings = (name: string): string[] => {
    const [offset, bytes] = bytesOf(name);
    return bytes === 0 ? [] : file.toString('utf8', offset, offset + bytes).split('\n');
  };
  const [textAt, textBytes] = bytesOf('recText');
  const records = { text: file.toString('utf8', textAt, textAt + textBytes), lengths: array('recLengths', Uint32Array), numbers: array('recNumbers', Float64Array) };
  const docs: CachedDocs = { ids: strings('ids'), kinds: array('kinds', Uint8Array), lengths: array('lengths', Uint32Array), fingerprints: array('fingerprints', Uint32Array), records };
  const segment = new Segment({
    terms: strings('terms'),
    termPost: array('termPost', Uint32Array),
    postDoc: array('postDoc', Uint32Array),
    postTf: array('postTf', Uint16Array),
    postPos: array('postPos', Uint32Array),
    pos: array('pos', Uint8Array),
  });
  checkShapes(docs, segment, reject);
  return { seq: header.seq, analyzer: header.analyzer, docs, segment };
}

/** The invariants every reader relies on, so a file that passes cannot make a query read out of bounds. */
function checkShapes(docs: CachedDocs, s: Segment, reject: (why: string) => never): void {
  const D = docs.ids.length;
  if (docs.kinds.length !== D || docs.lengths.length !== D || docs.fingerprints.length !== D) reject('document tables disagree');
  for (let d = 0; d < D; d++) if (docs.kinds[d]! > 2) reject('unknown document kind');
  const records = packedProblem({ ...docs.records, kinds: docs.kinds });
  if (records) reject(records);
  const T = s.terms.length;
  const P = s.postDoc.length;
  if (s.termPost.length !== T + 1 || s.termPost[0] !== 0 || s.termPost[T] !== P) reject('term table disagrees with postings');
  if (s.postTf.length !== P || s.postPos.length !== P + 1 || s.postPos[0] !== 0 || s.postPos[P] !== s.pos.length) reject('posting tables disagree');
  for (let t = 0; t < T; t++) {
    if (t > 0 && !(s.terms[t - 1]! < s.terms[t]!)) reject('terms out of order');
    const lo = s.termPost[t]!;
    const hi = s.termPost[t + 1]!;
    if (hi < lo) reject('term offsets out of order');
    for (let g = lo; g < hi; g++) {
      if (s.postDoc[g]! >= D) reject('posting names a missing document');
      if (g > lo && s.postDoc[g]! <= s.postDoc[g - 1]!) reject('postings out of order');
    }
  }
  for (let g = 0; g < P; g++) if (s.postPos[g + 1]! < s.postPos[g]!) reject('position offsets out of order');
}

/** Reads and checks the cache; undefined when there is none. Throws CacheRejected when it cannot be used. */
export async function readCache(dir: string, analyzer: number): Promise<CacheContents | undefined> {
  let file: Buffer;
  try {
    file = await readFile(join(dir, CACHE_FILE));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new CacheRejected(`unreadable: ${(err as Error).message}`);
  }
  return decodeCache(file, analyzer);
}

/**
 * Replaces the cache file atomically (temp file, then rename), so a reader sees the old file or the
 * new one, never a mixture; two processes writing at once each write their own temp file. Not
 * fsynced: after a crash a torn file fails its checksum and is rebuilt, which costs only time.
 */
export async function writeCache(dir: string, chunks: readonly Buffer[]): Promise<void> {
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `${CACHE_FILE}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temp, 'w');
  try {
    for (const chunk of chunks) await handle.write(chunk);
  } catch (err) {
    await handle.close();
    await unlink(temp).catch(() => undefined);
    throw err;
  }
  await handle.close();
  await rename(temp, join(dir, CACHE_FILE));
}

/** Temp files of writers that died: older than ten minutes, nobody is still writing them. */
export async function removeStaleTemps(dir: string, now = Date.now()): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    if (!name.startsWith(`${CACHE_FILE}.`) || !name.endsWith('.tmp')) continue;
    const path = join(dir, name);
    const info = await stat(path).catch(() => undefined);
    if (info && now - info.mtimeMs > 10 * 60_000) await unlink(path).catch(() => undefined);
  }
}
