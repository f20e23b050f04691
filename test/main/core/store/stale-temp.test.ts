import { existsSync, writeFileSync } from 'node:fs';
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
});
