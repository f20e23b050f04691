import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NotebookStore } from '../../../../main/core/store';
import { migrate } from '../../../../main/core/store/migrations';
import { SCHEMA_VERSION } from '../../../../shared/model';
import { removeTempDirs, tempDir } from './store-kit';

afterAll(removeTempDirs);

describe('notebook format 2 → 3 (candidate review on sources)', () => {
  it('is the current format; a format-2 document changes only its version', () => {
    expect(SCHEMA_VERSION).toBe(3);
    const v2 = { schemaVersion: 2, seq: 0, meta: {}, notes: [], sources: [{ id: 'x' }], events: [], dossiers: [] };
    expect(migrate(v2, 'nb.json')).toEqual({ ...v2, schemaVersion: 3 });
  });

  it('opens a format-2 notebook and writes it back as format 3, keeping the format-2 file as a backup', async () => {
    const dir = tempDir();
    const created = await NotebookStore.create(dir, { title: 'Format 2' });
    await created.close();
    const file = join(dir, 'notebook.json');
    const v2 = JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), schemaVersion: 2 });
    writeFileSync(file, v2);

    const store = await NotebookStore.open(dir);
    await store.close();
    expect(JSON.parse(readFileSync(file, 'utf8')).schemaVersion).toBe(3);
    const backups = readdirSync(join(dir, 'backups')).map((b) => readFileSync(join(dir, 'backups', b), 'utf8'));
    expect(backups).toContain(v2);
  });
});
