import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NotebookStore } from '../../../../main/core/store';
import { encodeRecord } from '../../../../main/core/store/journal-format';
import { migrate, MIGRATIONS } from '../../../../main/core/store/migrations';
import { SCHEMA_VERSION } from '../../../../shared/model';
import { makeNote, removeTempDirs, tempDir } from './store-kit';

/** A notebook folder exactly as a format-1 build left it: notebook.json at version 1 and a journal of version-1 records. */
function writeFormat1Notebook(dir: string) {
  mkdirSync(join(dir, 'blobs'), { recursive: true });
  mkdirSync(join(dir, 'backups'), { recursive: true });
  const created = '2022-01-01T00:00:00.000Z';
  const doc = { schemaVersion: 1, seq: 1, meta: { title: 'Old notebook', created, defaultTlp: 'GREEN' }, notes: [makeNote(1, 'in the snapshot')], sources: [], events: [] };
  writeFileSync(join(dir, 'notebook.json'), JSON.stringify(doc));
  writeFileSync(join(dir, 'journal.ndjson'), encodeRecord({ seq: 2, at: created, ops: [{ op: 'put', c: 'notes', v: makeNote(2, 'in the journal') }] }));
}

afterAll(removeTempDirs);

describe('notebook format 1 → 2 (dossiers)', () => {
  it('adds an empty dossier list', () => {
    const v1 = { schemaVersion: 1, seq: 0, meta: {}, notes: [1], sources: [], events: [] };
    expect(migrate(v1, 'nb.json', 2)).toEqual({ ...v1, schemaVersion: 2, dossiers: [] });
    expect(migrate(v1, 'nb.json')).toEqual({ ...v1, schemaVersion: SCHEMA_VERSION, dossiers: [] });
    expect(MIGRATIONS[1]!(v1)).not.toBe(v1); // a new object: the raw document is not changed under the caller
  });

  it('refuses a format-1 file that claims to hold dossiers instead of trusting them', () => {
    expect(() => migrate({ schemaVersion: 1, dossiers: [{ id: 'x' }] }, 'nb.json')).toThrowError(expect.objectContaining({ code: 'CORRUPT' }));
  });

  it('opens a format-1 notebook, keeps every note (journal included), and rewrites it in the current format before journaling anything', async () => {
    const dir = tempDir();
    writeFormat1Notebook(dir);
    const original = readFileSync(join(dir, 'notebook.json'), 'utf8');
    const store = await NotebookStore.open(dir);
    try {
      expect([...store.all('notes')].map((n) => n.body)).toEqual(['in the snapshot', 'in the journal']);
      expect(store.count('dossiers')).toBe(0);
      const onDisk = JSON.parse(readFileSync(join(dir, 'notebook.json'), 'utf8')) as { schemaVersion: number; dossiers: unknown[]; notes: unknown[] };
      expect(onDisk.schemaVersion).toBe(SCHEMA_VERSION);
      expect(onDisk.dossiers).toEqual([]);
      expect(onDisk.notes).toHaveLength(2);
      expect(readFileSync(join(dir, 'journal.ndjson'), 'utf8')).toBe('');
      // The format-1 file is kept, byte for byte, so an older Frontier can still be given it.
      const backups = readdirSync(join(dir, 'backups'));
      expect(backups.map((b) => readFileSync(join(dir, 'backups', b), 'utf8'))).toContain(original);

      const now = new Date().toISOString();
      await store.commit([{ op: 'put', c: 'dossiers', v: { id: 'd_000000000001', title: 'New', date: '2023-01-01', tlp: 'RED', created: now, updated: now } }]);
    } finally {
      await store.close();
    }
    const again = await NotebookStore.open(dir, { readOnly: true });
    expect(again.get('dossiers', 'd_000000000001')).toMatchObject({ title: 'New', tlp: 'RED', selection: { kind: 'manual' }, noteIds: [], mapFrame: 'events', summary: '' });
    await again.close();
  });

  it('reads a format-1 notebook read-only without writing anything', async () => {
    const dir = tempDir();
    writeFormat1Notebook(dir);
    const before = readFileSync(join(dir, 'notebook.json'));
    const store = await NotebookStore.open(dir, { readOnly: true });
    expect(store.count('notes')).toBe(2);
    await store.close();
    expect(readFileSync(join(dir, 'notebook.json')).equals(before)).toBe(true);
  });
});
