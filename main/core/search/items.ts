import type { Event, Note, Source } from '../../../shared/model';
import type { JournalOp } from '../store/journal-format';
import type { NotebookStore } from '../store';
import { eventRecord, kindCode, noteRecord, recordFingerprint, sourceRecord, type ItemRecord } from './doc-info';

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

/**
 * The notebook's items as the index checks its cache against them: id, kind and fingerprint of
 * each. A few hundred kilobytes where the records are tens of megabytes, so the worker gets it at
 * once and asks for the records of only the items its cache does not confirm.
 */
export interface ItemManifest {
  ids: string[];
  kinds: Uint8Array;
  fingerprints: Uint32Array;
}

export function manifestOf(records: readonly ItemRecord[]): ItemManifest {
  const ids = new Array<string>(records.length);
  const kinds = new Uint8Array(records.length);
  const fingerprints = new Uint32Array(records.length);
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    ids[i] = r.id;
    kinds[i] = kindCode(r.kind);
    fingerprints[i] = recordFingerprint(r);
  }
  return { ids, kinds, fingerprints };
}

/** The records of `ids` (those the snapshot has), for the index to (re)build them. */
export function recordsFor(records: readonly ItemRecord[], ids: readonly string[]): ItemRecord[] {
  const wanted = new Set(ids);
  return records.filter((r) => wanted.has(r.id));
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
