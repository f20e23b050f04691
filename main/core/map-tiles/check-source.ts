import fs from 'node:fs/promises';
import path from 'node:path';
import { tileTemplateProblem, type TileSource } from '../../../shared/geo/tile-source';
import { FrontierError } from '../../../shared/ipc/errors';

/**
 * The source as it will be kept, or INVALID_INPUT saying what is wrong: a folder must be an
 * absolute path to an existing folder (kept normalised); a server template must pass
 * tileTemplateProblem (http(s), {z}, {x} and {y} once each, no credentials).
 */
export async function checkTileSource(source: TileSource): Promise<TileSource> {
  if (source.kind === 'none') return source;
  if (source.kind === 'server') {
    const template = source.template.trim();
    const problem = tileTemplateProblem(template);
    if (problem) throw new FrontierError('INVALID_INPUT', problem);
    return { kind: 'server', template };
  }
  const given = source.path.trim();
  if (given.includes('\0') || !path.isAbsolute(given)) throw new FrontierError('INVALID_INPUT', `The tile folder must be an absolute path, not "${given}".`);
  const folder = path.resolve(given);
  let stat;
  try {
    stat = await fs.stat(folder);
  } catch {
    throw new FrontierError('INVALID_INPUT', `There is no folder at ${folder}.`);
  }
  if (!stat.isDirectory()) throw new FrontierError('INVALID_INPUT', `${folder} is a file, not a folder of tiles.`);
  return source.format ? { kind: 'folder', path: folder, format: source.format } : { kind: 'folder', path: folder };
}
