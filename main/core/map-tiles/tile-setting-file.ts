import { dirname, join } from 'node:path';
import { z } from 'zod';
import { TileSource, type TileSetting } from '../../../shared/geo/tile-source';
import { FrontierError } from '../../../shared/ipc/errors';
import { userDataDir } from '../paths/default-notebook';
import { writeFileDurably } from '../store/durable-write';
import { errnoCode, nodeFs, type FsLayer } from '../store/fs-layer';

export const TILE_SETTING_FILE_NAME = 'tile-source.json';

/** `<userData>/tile-source.json`; `FRONTIER_USER_DATA` names another folder (tests, a portable setup). */
export function defaultTileSettingFile(env: NodeJS.ProcessEnv = process.env): string {
  return join(env['FRONTIER_USER_DATA'] || userDataDir(env), TILE_SETTING_FILE_NAME);
}

const FileContent = z.object({ version: z.literal(1), source: TileSource, revision: z.number().int().min(0) }).strict();

export const NO_TILES: TileSetting = { source: { kind: 'none' }, revision: 0 };

/**
 * The setting as the file holds it; no file is no tile source. A file that cannot be read or
 * parsed is an error naming it (CORRUPT), never quietly "none": the next save would then write
 * over whatever the user had there.
 */
export async function readTileSetting(file: string, fs: FsLayer = nodeFs): Promise<TileSetting> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return NO_TILES;
    throw new FrontierError('IO', `Could not read the map's tile setting ${file}: ${err instanceof Error ? err.message : String(err)}`, { file });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw corrupt(file, 'it is not valid JSON');
  }
  const parsed = FileContent.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw corrupt(file, `${issue?.path.join('.') || 'the file'}: ${issue?.message}`);
  }
  return { source: parsed.data.source, revision: parsed.data.revision };
}

/** Replaces the file durably (temp file → fsync → rename → fsync the folder). */
export async function writeTileSetting(file: string, setting: TileSetting, fs: FsLayer = nodeFs): Promise<void> {
  const content: z.infer<typeof FileContent> = { version: 1, source: setting.source, revision: setting.revision };
  await fs.mkdir(dirname(file));
  await writeFileDurably(fs, file, new TextEncoder().encode(`${JSON.stringify(content, null, 2)}\n`));
}

const corrupt = (file: string, why: string) =>
  new FrontierError('CORRUPT', `The map's tile setting ${file} is damaged (${why}). Fix the file, or delete it to turn custom tiles off.`, { file });
