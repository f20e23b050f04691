/**
 * A full disk (ENOSPC) or a failing one (EIO) at each step of the write path: the caller is told,
 * with the file and the consequence; memory and disk stay as they were; nothing half-written
 * remains; and what was acknowledged before is exactly what the next open shows.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FrontierError } from '../../../../shared/ipc/errors';
import { parseJournal } from '../../../../main/core/store/journal-format';
import { NotebookStore } from '../../../../main/core/store/notebook-store';
import { noteId, putNote, readTree, RecordingFs, removeTempDirs, tempDir, tempFiles, type Fault } from './store-kit';

afterAll(removeTempDirs);

const CODES = ['ENOSPC', 'EIO'] as const;
const WHY = { ENOSPC: 'the disk is full', EIO: 'the disk reported an I/O error' };

/**
 * A notebook whose notebook.json already holds data (one compaction done) and whose journal holds
 * one acknowledged record on top: note 1 = "v2", note 2 = "other".
 */
async function acknowledgedNotebook() {
  const dir = tempDir();
  await (await NotebookStore.create(dir, { title: 'Faults' })).close();
  const fs = new RecordingFs();
  const store = await NotebookStore.open(dir, { fs, compactAfterBytes: 1 << 30 });
  await store.commit([putNote(1, 'v1'), putNote(2, 'other')]);
  await store.compact();
  await store.commit([putNote(1, 'v2')]);
  return { dir, fs, store, journal: join(dir, 'journal.ndjson'), snapshot: join(dir, 'notebook.json') };
}

const bodies = (store: NotebookStore) => Object.fromEntries([...store.all('notes')].map((n) => [n.id, n.body]));
const ACKED = { [noteId(1)]: 'v2', [noteId(2)]: 'other' };

async function rejection(p: Promise<unknown>): Promise<FrontierError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err, 'expected a rejection with a FrontierError').toBeInstanceOf(FrontierError);
  return err as FrontierError;
}

/** What a fresh process sees: the real fs, read-only so it can run while the store is open. */
async function onDisk(dir: string) {
  const store = await NotebookStore.open(dir, { readOnly: true });
  try {
    return { notes: bodies(store), seq: store.stats().seq };
  } finally {
    await store.close();
  }
}

const journalSteps: Array<[string, Omit<Fault, 'code'>]> = [
  ['journal write (half the bytes land)', { op: 'write', path: /journal\.ndjson$/, partial: true }],
  ['journal fdatasync', { op: 'datasync', path: /journal\.ndjson$/ }],
];

describe.each(journalSteps)('fault at the %s', (_step, fault) => {
  it.each(CODES)('%s: the commit rejects, memory and disk roll back, the next commit works', async (code) => {
    const { dir, fs, store, journal } = await acknowledgedNotebook();
    const before = readTree(dir);
    fs.inject({ ...fault, code });

    const err = await rejection(store.commit([putNote(1, 'v3')]));
    expect(err.code).toBe('IO');
    expect(err.message).toContain(journal);
    expect(err.message).toContain(WHY[code]);
    expect(err.message).toContain('The change was not saved');
    expect(err.details).toEqual({ errno: code });

    expect(bodies(store)).toEqual(ACKED);
    expect(readTree(dir)).toEqual(before); // the partial bytes were cut back off
    expect(tempFiles(dir)).toEqual([]);
    expect(await onDisk(dir)).toEqual({ notes: ACKED, seq: 2 });

    // The truncate-back path: the next append starts exactly where the last good record ended.
    await store.commit([putNote(1, 'v4')]);
    expect(bodies(store)).toEqual({ ...ACKED, [noteId(1)]: 'v4' });
    await store.close();

    const parsed = parseJournal(readFileSync(journal));
    expect(parsed.tornBytes).toBe(0);
    expect(parsed.records.map((r) => r.seq)).toEqual([2, 3]);
    const reopened = await NotebookStore.open(dir);
    expect(bodies(reopened)).toEqual({ ...ACKED, [noteId(1)]: 'v4' });
    await reopened.close();
  });
});

describe('a failed journal append', () => {
  it('also rolls back and rejects the edits made while it was in flight', async () => {
    const { dir, fs, store } = await acknowledgedNotebook();
    let later: Promise<void> | undefined;
    fs.inject({
      op: 'datasync',
      path: /journal\.ndjson$/,
      code: 'EIO',
      before: () => {
        later = store.commit([putNote(2, 'edited during the failing write'), putNote(3, 'new')]);
        expect(store.get('notes', noteId(2))?.body).toBe('edited during the failing write');
      },
    });

    const first = store.commit([putNote(1, 'v3')]);
    expect((await rejection(first)).code).toBe('IO');
    expect(later).toBeDefined();
    expect((await rejection(later!)).code).toBe('IO');
    expect(bodies(store)).toEqual(ACKED);
    expect(store.get('notes', noteId(3))).toBeUndefined();

    await store.commit([putNote(3, 'after')]);
    await store.close();
    const reopened = await NotebookStore.open(dir);
    expect(bodies(reopened)).toEqual({ ...ACKED, [noteId(3)]: 'after' });
    expect(reopened.stats().seq).toBe(3); // sequence numbers of the failed batch are not skipped
    await reopened.close();
  });
});

const TEMP = /\/\.notebook\.json\.[0-9a-f]+\.tmp$/;
const compactionSteps: Array<[string, Omit<Fault, 'code'>]> = [
  ['temp file write (half the bytes land)', { op: 'write', path: TEMP, partial: true }],
  ['temp file fsync', { op: 'sync', path: TEMP }],
  ['rename over notebook.json', { op: 'rename', path: TEMP }],
];

describe.each(compactionSteps)('fault at the %s during compaction', (_step, fault) => {
  it.each(CODES)('%s: compaction rejects, notebook.json and the journal are untouched, no temp file remains', async (code) => {
    const { dir, fs, store, snapshot } = await acknowledgedNotebook();
    const before = readTree(dir);
    fs.inject({ ...fault, code });

    const err = await rejection(store.compact());
    expect(err.code).toBe('IO');
    expect(err.message).toContain(snapshot);
    expect(err.message).toContain(WHY[code]);
    expect(err.message).toContain('notebook.json was not replaced');

    expect(bodies(store)).toEqual(ACKED);
    expect(tempFiles(dir)).toEqual([]);
    const after = readTree(dir);
    expect(after.get('notebook.json')).toEqual(before.get('notebook.json'));
    expect(after.get('journal.ndjson')).toEqual(before.get('journal.ndjson'));
    // backups/ may hold one more file: a copy of the (unchanged) notebook.json, taken before the
    // failed step; every other file is byte-identical.
    const added = [...after.keys()].filter((k) => !before.has(k));
    expect(added.length).toBeLessThanOrEqual(1);
    for (const k of added) {
      expect(k).toMatch(/^backups\/notebook-.*\.json$/);
      expect(after.get(k)).toEqual(before.get('notebook.json'));
    }
    for (const [k, bytes] of before) expect(after.get(k), k).toEqual(bytes);
    expect(await onDisk(dir)).toEqual({ notes: ACKED, seq: 2 });

    // The store keeps working, and a retry absorbs the journal.
    await store.commit([putNote(1, 'v3')]);
    await store.compact();
    await store.close();
    expect(readTree(dir).get('journal.ndjson')).toHaveLength(0);
    const reopened = await NotebookStore.open(dir);
    expect(bodies(reopened)).toEqual({ ...ACKED, [noteId(1)]: 'v3' });
    await reopened.close();
  });
});

describe('failures around compaction', () => {
  it('a failed fsync while emptying the journal does not lose the commits acknowledged after it', async () => {
    const { dir, fs, store } = await acknowledgedNotebook();
    fs.inject({ op: 'sync', path: /journal\.ndjson$/, code: 'EIO' });
    expect((await rejection(store.compact())).code).toBe('IO');

    await store.commit([putNote(1, 'v3')]); // acknowledged: it must survive a reopen
    await store.commit([putNote(2, 'other, edited')]);
    await store.close();

    expect((await onDisk(dir)).notes).toEqual({ [noteId(1)]: 'v3', [noteId(2)]: 'other, edited' });
    const parsed = parseJournal(readFileSync(join(dir, 'journal.ndjson')));
    expect(parsed.tornBytes, 'the journal holds bytes that are not whole records').toBe(0);
    const reopened = await NotebookStore.open(dir);
    expect(bodies(reopened)).toEqual({ [noteId(1)]: 'v3', [noteId(2)]: 'other, edited' });
    await reopened.close();
  });

  it('repeated failed compactions do not push older generations out of backups/', async () => {
    const { dir, fs, store } = await acknowledgedNotebook();
    const generations = () => readdirSync(join(dir, 'backups')).filter((n) => n.endsWith('.json'));
    const before = generations();
    expect(before).toHaveLength(2); // the empty notebook kept by init, and the generation the setup's compaction wrote

    fs.inject({ op: 'rename', path: TEMP, code: 'EIO', times: 12 });
    for (let i = 0; i < 12; i++) {
      await store.commit([putNote(1, `retry ${i}`)]);
      await rejection(store.compact());
      await new Promise((r) => setTimeout(r, 2)); // backup names carry the millisecond
    }
    await store.compact();
    await store.close();

    // Every generation that existed before the failures is still there.
    for (const name of before) expect(generations()).toContain(name);
    const reopened = await NotebookStore.open(dir);
    expect(reopened.get('notes', noteId(1))?.body).toBe('retry 11');
    await reopened.close();
  });
});
