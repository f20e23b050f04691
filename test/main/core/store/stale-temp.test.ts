import { existsSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotebookStore } from '../../../../main/core/store';
import { tempDir } from '../../../helpers/temp-notebook';

describe('temp files left by interrupted writes', () => {
  it('are removed by the next writer, and left alone by a read-only open', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const nb = join(dir, 'nb');
      await (await NotebookStore.create(nb, { title: 'T' })).close();
      const stale = [join(nb, '.notebook.json.0123456789ab.tmp'), join(nb, 'backups', '.notebook-x.json.abcdef012345.tmp')];
      const keep = join(nb, 'notes.tmp'); // not ours: never touched
      for (const f of [...stale, keep]) writeFileSync(f, '{"schemaVersion":1}');

      await (await NotebookStore.open(nb, { readOnly: true })).close();
      expect(stale.map(existsSync)).toEqual([true, true]);

      await (await NotebookStore.open(nb)).close();
      expect(stale.map(existsSync)).toEqual([false, false]);
      expect(existsSync(keep)).toBe(true);
    } finally {
      cleanup();
    }
  });

  it('in blobs/ (an import killed mid-write) are removed by the next writer once older than its open; a read-only open leaves them', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const nb = join(dir, 'nb');
      await (await NotebookStore.create(nb, { title: 'T' })).close();
      const shard = join(nb, 'blobs', 'ab');
      mkdirSync(shard, { recursive: true });
      const sha = 'ab'.padEnd(64, '0');
      const stale = join(shard, `.${sha}.0123456789ab.tmp`);
      const fresh = join(shard, `.${sha}.abcdef012345.tmp`); // as if written by a live import just now
      const notOurs = join(shard, 'notes.tmp');
      for (const f of [stale, fresh, notOurs]) writeFileSync(f, 'partial');
      const old = (Date.now() - 60_000) / 1000;
      for (const f of [stale, notOurs]) utimesSync(f, old, old);

      await (await NotebookStore.open(nb, { readOnly: true })).close();
      expect([stale, fresh, notOurs].map(existsSync)).toEqual([true, true, true]);

      await (await NotebookStore.open(nb)).close(); // close waits for the sweep
      expect([stale, fresh, notOurs].map(existsSync)).toEqual([false, true, true]);
    } finally {
      cleanup();
    }
  });
});
