import type { Source } from '../../../shared/model';
import type { CoreContext } from '../context';
import { sha256Hex, type StoreOp } from '../store';
import { detectFormat } from '../sources/import-formats';
import { planAcledImport } from './acled/acled-plan';
import { readAcledRows } from './acled/acled-rows';
import { planCslImport } from './csl/csl-plan';
import { readCslItems } from './csl/csl-items';
import { planDocumentImport, readDocument } from './document-plan';
import type { ImportOptions, ImportPlan } from './import-plan';
import { idMaker } from './unique-ids';

export interface ImportRequest extends ImportOptions {
  fileName: string;
  data: Uint8Array;
}

export interface ImportOutcome {
  /** The source the import answers with: the document, the ACLED export, the first CSL item. */
  source: Source;
  /** True when nothing new was created (the same file, or only records already in the notebook). */
  duplicate: boolean;
  created: { sources: number; events: number };
}

/**
 * Imports one file of any supported format. Order of work, so that no failure leaves a half
 * import: detect the format and read the whole file (any error here changes nothing); write the
 * original and the texts to blobs/ (a crash here leaves only unreferenced blobs); then commit every
 * source and event in ONE journal transaction, which is durable whole or not at all.
 */
export async function importFile(ctx: CoreContext, req: ImportRequest, onText: (hash: string, text: string) => void): Promise<ImportOutcome> {
  const { store } = ctx;
  const { format, mediaType } = detectFormat(req.fileName, req.data);
  const sha = sha256Hex(req.data);
  for (const s of store.all('sources')) {
    if (s.original?.sha256 === sha) return { source: s, duplicate: true, created: { sources: 0, events: 0 } };
  }

  const now = ctx.now();
  const original = { sha256: sha, fileName: req.fileName, mediaType, size: req.data.length, importedAt: now.toISOString() };
  const newId = idMaker((id) => !!store.get('sources', id) || !!store.get('events', id), now.getTime());
  const { fileName: _fileName, data: _data, ...options } = req;
  let plan: ImportPlan;
  if (format === 'acled-csv') {
    const rows = readAcledRows(req.data, req.fileName);
    plan = planAcledImport({ rows, fileName: req.fileName, original, options, now, newId, existingEvents: store.all('events'), sourceOf: (id) => store.get('sources', id) });
  } else if (format === 'csl-json') {
    const items = readCslItems(req.data, req.fileName);
    plan = planCslImport({ items, original, options, now, newId, existingSources: store.all('sources') });
  } else {
    const doc = await readDocument(format, req.data, req.fileName);
    plan = planDocumentImport({ doc, fileName: req.fileName, original, options, now, newId });
  }
  if (plan.sources.length === 0 && plan.existing) return { source: plan.existing, duplicate: true, created: { sources: 0, events: 0 } };

  await store.blobs.put(req.data);
  const sources: Source[] = [];
  for (const planned of plan.sources) {
    const textHash = await store.blobs.put(Buffer.from(planned.text, 'utf8'));
    sources.push({ ...planned.fields, textHash, textLength: planned.text.length });
  }
  const ops: StoreOp[] = [
    ...sources.map((v): StoreOp => ({ op: 'put', c: 'sources', v })),
    ...plan.events.map((v): StoreOp => ({ op: 'put', c: 'events', v })),
  ];
  await store.commit(ops);
  plan.sources.forEach((planned, i) => onText(sources[i]!.textHash, planned.text));
  return { source: sources[0]!, duplicate: false, created: { sources: sources.length, events: plan.events.length } };
}
