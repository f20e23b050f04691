import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileDurably } from '../../../../main/core/store/durable-write';
import { NotebookStore } from '../../../../main/core/store/notebook-store';
import { findCall, makeNote, putNote, RecordingFs, removeTempDirs, tempDir, type FsCall } from './store-kit';

afterAll(removeTempDirs);

const isTemp = (target: string) => (p: string) => p.startsWith(join(target, '..', `.${target.split('/').pop()}.`)) && p.endsWith('.tmp');

/**
 * Positions of the steps of one durable replace of `target` in a recorded trace, each searched
 * after the previous one, so that a step found at all is also found in the right order.
 */
function replaceSteps(fs: RecordingFs, target: string, dir: string, from = -1) {
  const c = fs.calls;
  const temp = isTemp(target);
  const open = findCall(c, (x) => x.op === 'open' && temp(x.path) && (x as FsCall).flags === 'wx', from);
  const tempPath = open >= 0 ? c[open]!.path : '(no temp file opened)';
  const write = findCall(c, (x) => x.op === 'write' && x.path === tempPath, open);
  const sync = findCall(c, (x) => x.op === 'sync' && x.path === tempPath, write);
  const rename = findCall(c, (x) => x.op === 'rename' && x.path === tempPath && (x as FsCall).to === target, sync);
  const openDir = findCall(c, (x) => x.op === 'openDir' && x.path === dir, rename);
  const dirSync = findCall(c, (x) => x.op === 'sync' && x.path === dir, openDir);
  return { tempPath, open, write, sync, rename, openDir, dirSync };
}

describe('writeFileDurably', () => {
  it('writes a temp file, fsyncs it, renames it over the target, then fsyncs the directory', async () => {
    const dir = tempDir();
    const target = join(dir, 'data.json');
    writeFileSync(target, 'old');
    const fs = new RecordingFs();

    await writeFileDurably(fs, target, Buffer.from('new bytes'));

    const s = replaceSteps(fs, target, dir);
    expect(s.open, fs.trace().join('\n')).toBe(0);
    expect(s.write).toBeGreaterThan(s.open);
    expect(s.sync).toBeGreaterThan(s.write); // the data is on disk …
    expect(s.rename).toBeGreaterThan(s.sync); // … before the name points at it
    expect(s.openDir).toBeGreaterThan(s.rename);
    expect(s.dirSync).toBeGreaterThan(s.openDir); // and the new name itself is made durable
    // Nothing touches the temp file after the rename, and no sync of the target is skipped.
    expect(fs.calls.slice(s.rename + 1).some((x) => x.path === s.tempPath)).toBe(false);
    expect(fs.calls.filter((x) => x.op === 'rename')).toHaveLength(1);
    expect(readFileSync(target, 'utf8')).toBe('new bytes');
    expect(readdirSync(dir)).toEqual(['data.json']);
  });

  it('never renames a temp file whose fsync failed', async () => {
    const dir = tempDir();
    const target = join(dir, 'data.json');
    writeFileSync(target, 'old');
    const fs = new RecordingFs();
    fs.inject({ op: 'sync', path: /\.tmp$/, code: 'EIO' });

    await expect(writeFileDurably(fs, target, Buffer.from('new'))).rejects.toMatchObject({ code: 'EIO' });
    expect(fs.calls.some((x) => x.op === 'rename')).toBe(false);
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['data.json']);
  });
});

describe('NotebookStore durability order', () => {
  it('compaction writes notebook.json through temp → fsync → rename → fsync(dir), then empties the journal', async () => {
    const dir = tempDir();
    await (await NotebookStore.create(dir, { title: 'Order' })).close();
    const fs = new RecordingFs();
    const store = await NotebookStore.open(dir, { fs });
    await store.commit([putNote(1, 'first')]);
    await store.commit([putNote(2, 'second')]);
    const snapshot = join(dir, 'notebook.json');
    const journal = join(dir, 'journal.ndjson');
    const start = fs.calls.length - 1;

    await store.compact();

    const s = replaceSteps(fs, snapshot, dir, start);
    expect(s.open, fs.trace().slice(start + 1).join('\n')).toBeGreaterThan(start);
    expect(s.write).toBeGreaterThan(s.open);
    expect(s.sync).toBeGreaterThan(s.write);
    expect(s.rename).toBeGreaterThan(s.sync);
    expect(s.openDir).toBeGreaterThan(s.rename);
    expect(s.dirSync).toBeGreaterThan(s.openDir);

    // The previous generation (seq 0) is init's backup already: not copied again. The new one is
    // durably copied into backups/ (its own temp → fsync → rename → fsync(dir)) once it is written.
    const backups = join(dir, 'backups');
    const backupRenames = fs.calls.slice(start + 1).filter((x) => x.op === 'rename' && (x as FsCall).to!.startsWith(`${backups}/notebook-`));
    expect(backupRenames.map((x) => (x as FsCall).to)).toEqual([expect.stringMatching(/-s2\.json$/)]);
    const backupRename = fs.calls.indexOf(backupRenames[0]!);
    expect(backupRename).toBeGreaterThan(s.dirSync);
    const backupTemp = fs.calls[backupRename]!.path;
    expect(findCall(fs.calls, (x) => x.op === 'sync' && x.path === backupTemp, start)).toBeLessThan(backupRename);
    const backupDirSync = findCall(fs.calls, (x) => x.op === 'sync' && x.path === backups, backupRename);
    expect(backupDirSync).toBeGreaterThan(backupRename);
    // The journal is emptied (truncate + fsync) only once the new snapshot and its backup are durable.
    const truncate = findCall(fs.calls, (x) => x.op === 'truncate' && x.path === journal, start);
    expect(truncate).toBeGreaterThan(backupDirSync);
    expect(findCall(fs.calls, (x) => x.op === 'sync' && x.path === journal, truncate)).toBeGreaterThan(truncate);

    const onDisk = JSON.parse(readFileSync(snapshot, 'utf8')) as { seq: number; notes: Array<{ body: string }> };
    expect(onDisk.seq).toBe(2);
    expect(onDisk.notes.map((n) => n.body)).toEqual(['first', 'second']);
    expect(readFileSync(journal)).toHaveLength(0);
    await store.close();
  });

  it('acknowledges a commit only after its journal line is written and fdatasync-ed', async () => {
    const dir = tempDir();
    await (await NotebookStore.create(dir, { title: 'Ack' })).close();
    const fs = new RecordingFs();
    const store = await NotebookStore.open(dir, { fs });
    const journal = join(dir, 'journal.ndjson');

    for (let i = 0; i < 3; i++) {
      const start = fs.calls.length - 1;
      await store.commit([{ op: 'put', c: 'notes', v: makeNote(1, `v${i}`) }]).then(() => fs.mark('resolved'));
      const write = findCall(fs.calls, (x) => x.op === 'write' && x.path === journal, start);
      const datasync = findCall(fs.calls, (x) => x.op === 'datasync' && x.path === journal, write);
      const resolved = findCall(fs.calls, (x) => x.op === 'mark' && x.path === 'resolved', start);
      expect(write, fs.trace().slice(start + 1).join('\n')).toBeGreaterThan(start);
      expect(datasync).toBeGreaterThan(write);
      expect(resolved).toBeGreaterThan(datasync);
    }
    await store.close();
  });

  it('group commit: edits made while an append is in flight share the next single write + fdatasync', async () => {
    const dir = tempDir();
    await (await NotebookStore.create(dir, { title: 'Group' })).close();
    const fs = new RecordingFs();
    const store = await NotebookStore.open(dir, { fs });
    const journal = join(dir, 'journal.ndjson');
    const start = fs.calls.length - 1;

    const done = Array.from({ length: 6 }, (_, i) => store.commit([putNote(i, `b${i}`)]).then(() => fs.mark(`resolved ${i}`)));
    await Promise.all(done);

    const after = fs.calls.slice(start + 1);
    const datasyncs = after.filter((x) => x.op === 'datasync' && x.path === journal).length;
    expect(datasyncs).toBeGreaterThanOrEqual(1);
    expect(datasyncs).toBeLessThan(6); // coalesced, not one fdatasync per edit
    // Every resolution still follows a datasync, and they resolve in commit order.
    const firstDatasync = findCall(fs.calls, (x) => x.op === 'datasync' && x.path === journal, start);
    const marks = after.filter((x) => x.op === 'mark').map((x) => x.path);
    expect(marks).toEqual(done.map((_, i) => `resolved ${i}`));
    expect(findCall(fs.calls, (x) => x.op === 'mark', start)).toBeGreaterThan(firstDatasync);
    await store.close();
  });
});
