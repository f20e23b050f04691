import { FrontierError } from '../../../shared/ipc/errors';
import { Dossier, Event, Note, NotebookMeta, Source, type CollectionItem, type CollectionName } from '../../../shared/model';
import type { JournalOp } from './journal-format';

/** The in-memory notebook: collections as id-keyed maps, in insertion order. */
export interface NotebookState {
  meta: NotebookMeta;
  notes: Map<string, Note>;
  sources: Map<string, Source>;
  events: Map<string, Event>;
  dossiers: Map<string, Dossier>;
}

const SCHEMAS = { notes: Note, sources: Source, events: Event, dossiers: Dossier } as const;

/** Validates a document for a collection; the store refuses to journal anything the schema rejects. */
export function validateItem<C extends CollectionName>(c: C, value: unknown, where: string): CollectionItem[C] {
  const schema = SCHEMAS[c];
  if (!schema) throw new FrontierError('CORRUPT', `${where}: unknown collection "${String(c)}"`);
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new FrontierError('INVALID_INPUT', `${where}: ${issue?.path.join('.') || c}: ${issue?.message}`);
  }
  return parsed.data as CollectionItem[C];
}

/** Applies one operation and returns a function that undoes it (used when a journal write fails). */
export function applyOp(state: NotebookState, op: JournalOp): () => void {
  if (op.op === 'meta') {
    const before = state.meta;
    state.meta = op.v;
    return () => {
      state.meta = before;
    };
  }
  const map = state[op.c] as Map<string, unknown>;
  const id = op.op === 'put' ? (op.v as { id: string }).id : op.id;
  const had = map.has(id);
  const before = map.get(id);
  if (op.op === 'put') map.set(id, op.v);
  else map.delete(id);
  return () => {
    if (had) map.set(id, before);
    else map.delete(id);
  };
}
