/**
 * backups/ from the first moment: init takes one, a compaction keeps the generation it writes
 * before the journal lets go of it, and a generation already kept byte for byte is not copied
 * again (duplicates would rotate older generations out).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NotebookStore } from '../../../../main/core/store/notebook-store';
import { FrontierError } from '../../../../shared/ipc/errors';
import { parseJournal } from '../../../../main/core/store/journal-format';
import { putNote, RecordingFs, removeTempDirs, tempDir } from './store-kit';

afterAll(removeTempDirs);

const backups = (dir: string) => readdirSync(join(dir, 'backups')).sort();
const seqOf = (name: string) => Number(/-s(\d+)\.json$/.exec(name)![1]);

describe('backups/', () => {
  it('init takes a backup of the new notebook.json at once', async () => {
    const dir = tempDir();
    await (await NotebookStore.create(dir, { title: 'New' })).close();
    const names = backups(dir);
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/^notebook-\d{8}T\d{9}Z-s0\.json$/);
    expect(readFileSync(join(dir, 'backups', names[0]!))).toEqual(readFileSync(join(dir, 'notebook.json')));
  });

  it('a compaction keeps the generation it writes, and copies none twice, in this process or the next', async () => {
    const dir = tempDir();
    const store = await NotebookStore.create(dir, { title: 'Dedup' });
    await store.commit([putNote(1, 'one')]);
    await store.compact(); // seq 0 was kept by init; seq 1 is kept as it is written
    expect(backups(dir).map(seqOf)).toEqual([0, 1]);
    expect(readFileSync(join(dir, 'backups', backups(dir)[1]!))).toEqual(readFileSync(join(dir, 'notebook.json')));
    await store.close();

    const again = await NotebookStore.open(dir);
    const taken = await again.backupNow(); // `frontier backup`: seq 1 is already the newest backup
    expect(taken.seq).toBe(1);
    expect(backups(dir).map(seqOf)).toEqual([0, 1]);
    await again.commit([putNote(2, 'two')]);
    await again.close();
    const reopened = await NotebookStore.open(dir);
    await reopened.compact();
    expect(backups(dir).map(seqOf)).toEqual([0, 1, 2]);
    await reopened.close();
  });

  it('a compaction whose copy into backups/ fails keeps the journal whole, and the next one makes the copy', async () => {
    const dir = tempDir();
    await (await NotebookStore.create(dir, { title: 'Copy fails' })).close();
    const fs = new RecordingFs();
    const store = await NotebookStore.open(dir, { fs });
    await store.commit([putNote(1, 'one')]);
    fs.inject({ op: 'rename', path: /\/backups\/\.notebook-.*-s1\.json\.[0-9a-f]+\.tmp$/, code: 'ENOSPC' });
    const err = await store.compact().then(
      () => undefined,
      (e: unknown) => e as FrontierError,
    );
    expect(err?.code).toBe('IO');
    expect(err?.message).toContain(join(dir, 'backups'));
    expect(err?.message).toContain('the journal keeps every change');
    expect(backups(dir).map(seqOf)).toEqual([0]);
    expect(parseJournal(readFileSync(join(dir, 'journal.ndjson'))).records.map((r) => r.seq)).toEqual([1]);

    await store.commit([putNote(2, 'two')]);
    await store.compact();
    expect(backups(dir).map(seqOf)).toEqual([0, 1, 2]);
    expect(readFileSync(join(dir, 'journal.ndjson'))).toHaveLength(0);
    await store.close();
  });
});
