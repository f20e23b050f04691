import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_TILE_BYTES, readFolderTile } from '../../../../main/core/map-tiles';
import { tempDir } from '../../../helpers/temp-notebook';
import { solidPng } from './solid-png';

const tmp = tempDir('frontier-tiles-');
afterAll(() => tmp.cleanup());

const folder = join(tmp.dir, 'tiles');
const outside = join(tmp.dir, 'outside');
const put = (rel: string, data: Buffer | string) => {
  const file = join(folder, rel);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, data);
};
const RED = solidPng([255, 0, 0], 8);
mkdirSync(outside, { recursive: true });
writeFileSync(join(outside, 'secret.png'), 'not yours');
put('3/2/1.png', RED);
put('3/2/2.jpg', 'jpeg bytes');
put('3/2/3.webp', 'webp bytes');
put('3/2/4.png', 'png bytes');
put('3/2/4.jpg', 'jpg bytes');
mkdirSync(join(folder, '3/2/5.png'), { recursive: true }); // a folder named like a tile
put('3/3/0.png', Buffer.alloc(MAX_TILE_BYTES + 1));
mkdirSync(join(folder, '4/1'), { recursive: true });
symlinkSync(join(outside, 'secret.png'), join(folder, '4/1/1.png'));
symlinkSync(outside, join(folder, '4/2'));
writeFileSync(join(outside, '3.png'), 'outside tile');
// A symlink that stays inside the folder is fine.
symlinkSync(join(folder, '3/2/1.png'), join(folder, '4/1/2.png'));

describe('tiles from a folder', () => {
  it('reads <folder>/<z>/<x>/<y>.png with its image type', async () => {
    const t = await readFolderTile(folder, undefined, { z: 3, x: 2, y: 1 });
    expect(t).toMatchObject({ status: 200, contentType: 'image/png' });
    expect(t.status === 200 && t.body.equals(RED)).toBe(true);
  });

  it('tries png, jpg and webp in turn, the configured format first', async () => {
    expect(await readFolderTile(folder, undefined, { z: 3, x: 2, y: 2 })).toMatchObject({ status: 200, contentType: 'image/jpeg' });
    expect(await readFolderTile(folder, undefined, { z: 3, x: 2, y: 3 })).toMatchObject({ status: 200, contentType: 'image/webp' });
    const png = await readFolderTile(folder, undefined, { z: 3, x: 2, y: 4 });
    expect(png.status === 200 && png.body.toString()).toBe('png bytes');
    const jpg = await readFolderTile(folder, 'jpg', { z: 3, x: 2, y: 4 });
    expect(jpg).toMatchObject({ status: 200, contentType: 'image/jpeg' });
    expect(jpg.status === 200 && jpg.body.toString()).toBe('jpg bytes');
  });

  it('answers 404 for a missing tile, a missing folder, a directory and a file over the size limit', async () => {
    expect(await readFolderTile(folder, undefined, { z: 3, x: 2, y: 7 })).toMatchObject({ status: 404 });
    expect(await readFolderTile(join(tmp.dir, 'nowhere'), undefined, { z: 3, x: 2, y: 1 })).toMatchObject({ status: 404 });
    expect(await readFolderTile(folder, 'png', { z: 3, x: 2, y: 5 })).toMatchObject({ status: 404 });
    expect(await readFolderTile(folder, undefined, { z: 3, x: 3, y: 0 })).toMatchObject({ status: 404, reason: expect.stringMatching(/larger/) });
  });

  it('never follows a symlink out of the folder, for a file or a directory', async () => {
    expect(await readFolderTile(folder, undefined, { z: 4, x: 1, y: 1 })).toMatchObject({ status: 404, reason: expect.stringMatching(/out of the tile folder/) });
    expect(await readFolderTile(folder, undefined, { z: 4, x: 2, y: 3 })).toMatchObject({ status: 404, reason: expect.stringMatching(/out of the tile folder/) });
    expect(await readFolderTile(folder, undefined, { z: 4, x: 1, y: 2 })).toMatchObject({ status: 200, contentType: 'image/png' });
  });
});
