import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildJsonBackup, readJsonBackup, restoreJsonBackup } from '../../../../main/core/export/json-backup';
import { openTempNotebook, tempDir } from '../../../helpers/temp-notebook';

describe('JSON backup', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('round-trips a whole notebook: items, dossiers, meta and every file', async () => {
    const nb = await openTempNotebook();
    try {
      await nb.services.sample.load();
      await nb.services.dossiers.create({ title: 'Border', selection: { kind: 'tag', tag: 'border/panj' }, tlp: 'RED' });
      const json = await buildJsonBackup(nb.store, '2023-06-01T00:00:00.000Z');
      const parsed = readJsonBackup(json);
      expect(parsed.notebook.notes).toHaveLength(6);
      expect(parsed.blobs.size).toBeGreaterThanOrEqual(3);

      const restored = await restoreJsonBackup(json, join(tmp.dir, 'restored'));
      try {
        for (const c of ['notes', 'sources', 'events', 'dossiers'] as const) {
          expect([...restored.all(c)], c).toEqual([...nb.store.all(c)]);
        }
        expect(restored.meta).toEqual(nb.store.meta);
        for (const s of nb.store.all('sources')) {
          expect((await restored.blobs.get(s.textHash)).equals(await nb.store.blobs.get(s.textHash))).toBe(true);
          if (s.original) expect(await restored.blobs.check(s.original.sha256)).toBe('ok');
        }
      } finally {
        await restored.close();
      }
    } finally {
      await nb.dispose();
    }
  });

  it('refuses a backup whose file does not match its hash, or that is not a backup', () => {
    const bad = JSON.stringify({ format: 'frontier-notebook-backup', exportedAt: 'x', notebook: { schemaVersion: 2, meta: { title: 'x', created: '2021-01-01T00:00:00.000Z' }, notes: [], sources: [], events: [], dossiers: [] }, blobs: { ['a'.repeat(64)]: 'aGVsbG8=' } });
    expect(() => readJsonBackup(bad)).toThrowError(expect.objectContaining({ code: 'CORRUPT' }));
    expect(() => readJsonBackup('{"format":"zip"}')).toThrowError(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});
