import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Topology } from 'topojson-specification';
import { FrontierError } from '../../../shared/ipc/errors';

let cached: Promise<Topology> | undefined;

/**
 * world-atlas countries-10m: Natural Earth 1:10m admin-0 boundaries as TopoJSON (3.6 MB), the
 * basemap data the app's map uses. Read from disk once per process: the map figure and the CSV's
 * country lookup both need it.
 */
export function worldTopology(): Promise<Topology> {
  cached ??= (async () => {
    let file: string;
    try {
      file = createRequire(import.meta.url).resolve('world-atlas/countries-10m.json');
    } catch {
      throw new FrontierError('INTERNAL', 'The basemap data is missing (world-atlas is not installed).');
    }
    return JSON.parse(await readFile(file, 'utf8')) as Topology;
  })().catch((err: unknown) => {
    cached = undefined;
    throw err;
  });
  return cached;
}
