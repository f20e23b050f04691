import { crc32 } from 'node:zlib';
import type { CollectionName, NotebookMeta } from '../../../shared/model';

/**
 * One line of journal.ndjson per committed transaction: `<json>\t<crc32 hex>\n`.
 * A transaction is atomic: its line is either whole and checksummed, or ignored as torn.
 */
export type JournalOp =
  | { op: 'put'; c: CollectionName; v: unknown }
  | { op: 'del'; c: CollectionName; id: string }
  | { op: 'meta'; v: NotebookMeta };

export interface JournalRecord {
  seq: number;
  /** When the transaction was committed (ISO 8601). */
  at: string;
  ops: JournalOp[];
}

const NEWLINE = 0x0a;

export function encodeRecord(record: JournalRecord): Buffer {
  // JSON.stringify escapes control characters inside strings, so neither \t nor \n can occur in json.
  const json = JSON.stringify(record);
  const crc = crc32(json).toString(16).padStart(8, '0');
  return Buffer.from(`${json}\t${crc}\n`, 'utf8');
}

function decodeLine(line: string): JournalRecord | undefined {
  const tab = line.lastIndexOf('\t');
  if (tab < 0) return undefined;
  const json = line.slice(0, tab);
  if (crc32(json).toString(16).padStart(8, '0') !== line.slice(tab + 1)) return undefined;
  try {
    const rec = JSON.parse(json) as JournalRecord;
    return Number.isSafeInteger(rec.seq) && Array.isArray(rec.ops) ? rec : undefined;
  } catch {
    return undefined;
  }
}

export interface ParsedJournal {
  records: JournalRecord[];
  /** Bytes of whole, valid records from the start; the file is cut back to this after a torn write. */
  validBytes: number;
  /** Bytes after the last valid record: a write that a crash interrupted, never acknowledged. */
  tornBytes: number;
  /** Set when a damaged record is followed by a valid one: that is not a torn tail but corruption. */
  corruptAtLine?: number;
}

/**
 * Reads records until the first invalid one. Everything after it is a torn tail (a crash mid-append
 * can leave a partial line or, on ext4, zero bytes) unless a valid record follows, which a torn
 * append cannot produce: then the journal is corrupt and the caller must not guess.
 */
export function parseJournal(buf: Buffer): ParsedJournal {
  const records: JournalRecord[] = [];
  let offset = 0;
  let line = 0;
  while (offset < buf.length) {
    const nl = buf.indexOf(NEWLINE, offset);
    if (nl < 0) break;
    const rec = decodeLine(buf.toString('utf8', offset, nl));
    const prev = records[records.length - 1];
    if (!rec || (prev && rec.seq <= prev.seq)) break;
    records.push(rec);
    offset = nl + 1;
    line++;
  }
  const result: ParsedJournal = { records, validBytes: offset, tornBytes: buf.length - offset };
  if (result.tornBytes > 0 && hasValidRecordAfter(buf, offset)) result.corruptAtLine = line + 1;
  return result;
}

function hasValidRecordAfter(buf: Buffer, from: number): boolean {
  let offset = buf.indexOf(NEWLINE, from);
  while (offset >= 0 && offset + 1 < buf.length) {
    const next = buf.indexOf(NEWLINE, offset + 1);
    if (next < 0) return false;
    if (decodeLine(buf.toString('utf8', offset + 1, next))) return true;
    offset = next;
  }
  return false;
}

/**
 * Every record that is still whole, wherever it stands, for repairing a journal damaged in the
 * middle: a damaged line loses only its own transaction. Records must still rise in sequence.
 */
export function salvageJournal(buf: Buffer): { records: JournalRecord[]; damagedLines: number } {
  const records: JournalRecord[] = [];
  let damagedLines = 0;
  let offset = 0;
  while (offset < buf.length) {
    let nl = buf.indexOf(NEWLINE, offset);
    if (nl < 0) nl = buf.length;
    const line = buf.toString('utf8', offset, nl);
    offset = nl + 1;
    if (line.replace(/\0/g, '').trim() === '') continue;
    const rec = decodeLine(line);
    const prev = records[records.length - 1];
    if (rec && (!prev || rec.seq > prev.seq)) records.push(rec);
    else damagedLines++;
  }
  return { records, damagedLines };
}
