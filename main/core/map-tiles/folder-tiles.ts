import fs from 'node:fs/promises';
import path from 'node:path';
import { TILE_FORMATS, type TileFormat } from '../../../shared/geo/tile-source';
import type { TileCoords } from './tile-coords';
import { MAX_TILE_BYTES, notFound, type TileResult } from './tile-result';

const CONTENT_TYPES: Readonly<Record<TileFormat, string>> = { png: 'image/png', jpg: 'image/jpeg', webp: 'image/webp' };

/**
 * Reads `<folder>/<z>/<x>/<y>.<ext>`: the configured format first, then the others (png, jpg,
 * webp). The coordinates are integers already (tile-coords.ts), so the name cannot climb out of the
 * folder; a symlink could, so, as for the renderer's own files (core/assets/resolve-asset.ts), the
 * file is resolved through symlinks and must still lie inside the folder, itself resolved. Only
 * regular files up to MAX_TILE_BYTES are served.
 */
export async function readFolderTile(folder: string, format: TileFormat | undefined, { z, x, y }: TileCoords): Promise<TileResult> {
  let root: string;
  try {
    root = await fs.realpath(folder);
  } catch {
    return notFound(`the tile folder ${folder} is not there`);
  }
  const formats = format ? [format, ...TILE_FORMATS.filter((f) => f !== format)] : TILE_FORMATS;
  for (const ext of formats) {
    let file: string;
    try {
      file = await fs.realpath(path.join(root, String(z), String(x), `${y}.${ext}`));
    } catch {
      continue; // missing, or a dangling symlink
    }
    if (!isInside(root, file)) return notFound(`${z}/${x}/${y}.${ext} leads out of the tile folder`);
    const tile = await readSmallFile(file).catch(() => 'unreadable' as const);
    if (tile === 'unreadable') return notFound(`${z}/${x}/${y}.${ext} could not be read`);
    if (tile === 'not-a-file') return notFound(`${z}/${x}/${y}.${ext} is not a file`);
    if (tile === 'too-large') return notFound(`${z}/${x}/${y}.${ext} is larger than ${MAX_TILE_BYTES} bytes`);
    return { status: 200, body: tile, contentType: CONTENT_TYPES[ext] };
  }
  return notFound(`no tile ${z}/${x}/${y} in the folder`);
}

async function readSmallFile(file: string): Promise<Buffer | 'not-a-file' | 'too-large'> {
  const handle = await fs.open(file, 'r');
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return 'not-a-file';
    if (stat.size > MAX_TILE_BYTES) return 'too-large';
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

function isInside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}
