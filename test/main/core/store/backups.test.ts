/**
 * backups/ from the first moment: init takes one, a writable open of a notebook without any takes
 * one, and a generation already kept byte for byte is not copied again (duplicates would rotate
 * older generations out).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NotebookStore } from '../../../../main/core/store/notebook-store';
import { putNote, removeTempDirs, tempDir } from './store-kit';

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

  it('a compaction does not copy a generation that is already the newest backup, in this process or the next', async () => {
    const dir = tempDir();
    const store = await NotebookStore.create(dir, { title: 'Dedup' });
    await store.commit([putNote(1, 'one')]);
    await store.compact(); // replaces the seq-0 notebook.json, which init kept
    expect(backups(dir).map(seqOf)).toEqual([0]);
    await store.close();

    const again = await NotebookStore.open(dir);
    const taken = await again.backupNow(); // `frontier backup`: keeps the seq-1 generation
    expect(taken.seq).toBe(1);
    await again.close();
    const reopened = await NotebookStore.open(dir);
    await reopened.commit([putNote(2, 'two')]);
    await reopened.compact(); // replaces the seq-1 notebook.json, which `backup` kept: no second copy
    expect(backups(dir).map(seqOf)).toEqual([0, 1]);
    await reopened.commit([putNote(3, 'three')]);
    await reopened.compact(); // the seq-2 generation was never kept: copied
    expect(backups(dir).map(seqOf)).toEqual([0, 1, 2]);
    await reopened.close();
  });
});
