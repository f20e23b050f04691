import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FrontierError } from '../../../../shared/ipc/errors';
import { NotebookStore, nodeFs, type FsLayer } from '../../../../main/core/store';
import { parseJournal } from '../../../../main/core/store/journal-format';
import { serializeInSlices } from '../../../../main/core/store/snapshot-adapter';
import { RecordingFs, makeNote, noteId, putNote, removeTempDirs, tempDir } from './store-kit';

afterAll(removeTempDirs);

const SNAPSHOT_TEMP = /\/\.notebook\.json\.[0-9a-f]+\.tmp$/;

/**
 * The file system, except that fsync of notebook.json's temp file waits until the test opens the
 * gate: a compaction caught in the middle of writing the snapshot.
 */
function gatedFs(real: FsLayer = nodeFs) {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  let reached!: () => void;
  const atGate = new Promise<void>((resolve) => (reached = resolve));
  const fs: FsLayer = {
    ...real,
    open: async (path, flags) => {
      const h = await real.open(path, flags);
      if (!SNAPSHOT_TEMP.test(path)) return h;
      return {
        ...h,
        sync: async () => {
          reached();
          await gate;
          return h.sync();
        },
      };
    },
  };
  return { fs, atGate, open };
}

const within = <T>(p: Promise<T>, ms: number) => Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`not within ${ms} ms`)), ms))]);
const bodies = (store: NotebookStore) => Object.fromEntries([...store.all('notes')].map((n) => [n.id, n.body]));

describe('a compaction does not hold up saves', () => {
  it('acknowledges a save made while notebook.json is being written, and keeps it in the journal afterwards', async () => {
    const dir = tempDir();
    await (await NotebookStore.create(dir, { title: 'Concurrent' })).close();
    const gated = gatedFs();
    const store = await NotebookStore.open(dir, { fs: gated.fs, compactAfterBytes: 1 << 30 });
    await store.commit([putNote(1, 'before')]);

    const compaction = store.compact();
    await gated.atGate;
    // notebook.json is half written: a save still goes through at once.
    await within(store.commit([putNote(2, 'during')]), 5000);
    let compacted = false;
    void compaction.then(() => (compacted = true));
    expect(compacted).toBe(false);

    gated.open();
    await compaction;
    const snapshot = JSON.parse(readFileSync(join(dir, 'notebook.json'), 'utf8')) as { seq: number; notes: Array<{ body: string }> };
    expect(snapshot.notes.map((n) => n.body)).toEqual(['before']);
    const journal = parseJournal(readFileSync(join(dir, 'journal.ndjson')));
    expect(journal.records.map((r) => r.seq)).toEqual([snapshot.seq + 1]);
    expect(journal.tornBytes).toBe(0);

    await store.commit([putNote(3, 'after')]);
    await store.close();
    const reopened = await NotebookStore.open(dir, { readOnly: true });
    expect(bodies(reopened)).toEqual({ [noteId(1)]: 'before', [noteId(2)]: 'during', [noteId(3)]: 'after' });
    await reopened.close();
  });

  it('loses nothing when the journal cannot be trimmed after notebook.json was written', async () => {
    const dir = tempDir();
    await (await NotebookStore.create(dir, { title: 'Trim fails' })).close();
    const recording = new RecordingFs();
    const gated = gatedFs(recording);
    const store = await NotebookStore.open(dir, { fs: gated.fs, compactAfterBytes: 1 << 30 });
    await store.commit([putNote(1, 'before')]);
    recording.inject({ op: 'rename', path: /\/\.journal\.ndjson\.[0-9a-f]+\.tmp$/, code: 'EIO' });

    const compaction = store.compact().then(
      () => undefined,
      (err: unknown) => err,
    );
    await gated.atGate;
    await store.commit([putNote(2, 'during')]);
    gated.open();
    const err = await compaction;
    expect(err).toBeInstanceOf(FrontierError);
    expect((err as FrontierError).message).toMatch(/journal\.ndjson: the disk reported an I\/O error\. notebook\.json was written/);

    // The store goes on saving into the journal it still has.
    await store.commit([putNote(3, 'after')]);
    await store.close();
    const reopened = await NotebookStore.open(dir);
    expect(bodies(reopened)).toEqual({ [noteId(1)]: 'before', [noteId(2)]: 'during', [noteId(3)]: 'after' });
    await reopened.compact();
    await reopened.close();
    expect(readFileSync(join(dir, 'journal.ndjson'))).toHaveLength(0);
  });

  it('closing waits for a compaction in flight', async () => {
    const dir = tempDir();
    await (await NotebookStore.create(dir, { title: 'Close' })).close();
    const gated = gatedFs();
    const store = await NotebookStore.open(dir, { fs: gated.fs, compactAfterBytes: 1 << 30 });
    await store.commit([putNote(1, 'x')]);
    const compaction = store.compact();
    await gated.atGate;
    const closing = store.close();
    gated.open();
    await compaction;
    await closing;
    const reopened = await NotebookStore.open(dir, { readOnly: true });
    expect(bodies(reopened)).toEqual({ [noteId(1)]: 'x' });
    await reopened.close();
  });
});

describe('serializeInSlices', () => {
  it('writes exactly what JSON.stringify writes, for a document larger than a slice', async () => {
    const notes = Array.from({ length: 3000 }, (_, i) => makeNote(i, `${'ب'.repeat(200)} "quoted" \\ ${i}\n${'x'.repeat(500)}`));
    const doc = { schemaVersion: 3, seq: 7, meta: { title: 'T', created: '2021-01-01T00:00:00.000Z' }, notes, sources: [], events: [], dossiers: [], skipped: undefined };
    const slices = await serializeInSlices(doc);
    expect(slices.length).toBeGreaterThan(1);
    expect(Buffer.concat(slices).toString('utf8')).toBe(JSON.stringify(doc));
    expect(Buffer.concat(await serializeInSlices({})).toString()).toBe('{}');
  });
});
