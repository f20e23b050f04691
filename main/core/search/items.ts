import type { Event, Note, Source } from '../../../shared/model';
import type { JournalOp } from '../store/journal-format';
import type { NotebookStore } from '../store';
import { eventRecord, noteRecord, sourceRecord, type ItemRecord } from './doc-info';

/**
 * What the index is given, taken on the notebook's thread: the items as ItemRecords (all of them
 * when it opens, the saved ones after each commit). Turning records into documents (folding tags,
 * fingerprints) happens where the index runs.
 */
export interface ItemsSnapshot {
  records: ItemRecord[];
  /** The notebook's sequence number at the time. */
  seq: number;
}

export interface ItemChanges {
  puts: ItemRecord[];
  deletes: string[];
}

export function snapshotOf(store: NotebookStore): ItemsSnapshot {
  const records: ItemRecord[] = [];
  for (const n of store.all('notes')) records.push(noteRecord(n));
  for (const s of store.all('sources')) records.push(sourceRecord(s));
  for (const e of store.all('events')) records.push(eventRecord(e));
  return { records, seq: store.stats().seq };
}

/** The searchable part of a committed transaction (dossiers and notebook metadata are not searched). */
export function changesOf(ops: readonly JournalOp[]): ItemChanges {
  const out: ItemChanges = { puts: [], deletes: [] };
  for (const op of ops) {
    if (op.op === 'meta' || !['notes', 'sources', 'events'].includes(op.c)) continue;
    if (op.op === 'del') out.deletes.push(op.id);
    else if (op.c === 'notes') out.puts.push(noteRecord(op.v as Note));
    else if (op.c === 'sources') out.puts.push(sourceRecord(op.v as Source));
    else out.puts.push(eventRecord(op.v as Event));
  }
  return out;
}
