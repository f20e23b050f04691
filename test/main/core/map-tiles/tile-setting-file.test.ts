import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultTileSettingFile, readTileSetting, writeTileSetting } from '../../../../main/core/map-tiles';
import { tempDir } from '../../../helpers/temp-notebook';
import { findCall, RecordingFs } from '../store/store-kit';

const tmp = tempDir('frontier-tile-setting-');
afterAll(() => tmp.cleanup());
let n = 0;
const freshFile = () => join(tmp.dir, `case-${++n}`, 'tile-source.json');

describe('the tile setting file', () => {
  it('is in the user-data folder, or the one FRONTIER_USER_DATA names', () => {
    expect(defaultTileSettingFile({ FRONTIER_USER_DATA: '/tmp/elsewhere' })).toBe('/tmp/elsewhere/tile-source.json');
    if (process.platform === 'linux') expect(defaultTileSettingFile({ XDG_CONFIG_HOME: '/home/u/.config' })).toBe('/home/u/.config/Frontier/tile-source.json');
  });

  it('reads as no tile source when there is no file', async () => {
    expect(await readTileSetting(freshFile())).toEqual({ source: { kind: 'none' }, revision: 0 });
  });

  it('round-trips each kind of source, creating the folder', async () => {
    for (const source of [{ kind: 'folder' as const, path: '/srv/tiles', format: 'webp' as const }, { kind: 'folder' as const, path: '/srv/tiles' }, { kind: 'server' as const, template: 'https://t.example/{z}/{x}/{y}.png' }, { kind: 'none' as const }]) {
      const file = freshFile();
      await writeTileSetting(file, { source, revision: 7 });
      expect(await readTileSetting(file)).toEqual({ source, revision: 7 });
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ version: 1, source, revision: 7 });
    }
  });

  it('writes durably: temp file, fsync, rename over, fsync the folder', async () => {
    const file = freshFile();
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, 'old');
    const fs = new RecordingFs();
    await writeTileSetting(file, { source: { kind: 'none' }, revision: 1 }, fs);
    const c = fs.calls;
    const open = findCall(c, (x) => x.op === 'open' && x.path.endsWith('.tmp'));
    const temp = c[open]!.path;
    const sync = findCall(c, (x) => x.op === 'sync' && x.path === temp, open);
    const rename = findCall(c, (x) => x.op === 'rename' && x.path === temp, sync);
    const dirSync = findCall(c, (x) => x.op === 'sync' && x.path === join(file, '..'), rename);
    expect([open, sync, rename, dirSync].every((i) => i >= 0), fs.trace().join('\n')).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain('"revision": 1');
  });

  it('names a damaged file in a CORRUPT error instead of reading it as "none"', async () => {
    for (const content of ['{ not json', '{"version":1,"source":{"kind":"ftp","path":"/x"},"revision":1}', '{"version":2,"source":{"kind":"none"},"revision":1}', '[]']) {
      const file = freshFile();
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(file, content);
      await expect(readTileSetting(file)).rejects.toMatchObject({ code: 'CORRUPT', message: expect.stringContaining(file) });
      expect(readFileSync(file, 'utf8')).toBe(content);
    }
  });

  it('reports an unreadable file as IO, not as no setting', async () => {
    const file = freshFile();
    mkdirSync(file, { recursive: true }); // a folder where the file should be
    await expect(readTileSetting(file)).rejects.toMatchObject({ code: 'IO' });
    expect(existsSync(file)).toBe(true);
  });
});
