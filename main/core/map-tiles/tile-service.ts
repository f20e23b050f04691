import type { TileSetting, TileSource } from '../../../shared/geo/tile-source';
import { FrontierError } from '../../../shared/ipc/errors';
import { nodeFs, type FsLayer } from '../store/fs-layer';
import { checkTileSource } from './check-source';
import { readFolderTile } from './folder-tiles';
import { fetchServerTile, type ServerFetchOptions } from './server-tiles';
import { parseTilePath } from './tile-coords';
import { notFound, type TileResult } from './tile-result';
import { NO_TILES, readTileSetting, writeTileSetting } from './tile-setting-file';

export interface TileService {
  /** The setting, read from its file (so a hand-edited file is seen), with its revision. */
  get(): Promise<TileSetting>;
  /** Checks and keeps a new source; the revision goes up by one. A damaged file is not written over. */
  set(source: TileSource): Promise<TileSetting>;
  /** The tile for a request path `/tiles/{z}/{x}/{y}`: from the folder, the server, or a 404. */
  tile(requestPath: string): Promise<TileResult>;
}

export interface TileServiceOptions extends ServerFetchOptions {
  fs?: FsLayer;
  /**
   * Asks the user before a new tile server is kept (the desktop app: a native dialog). The server
   * learns every place the analyst looks at, and a page that had been subverted could otherwise
   * point main at an address of its choosing; the answer comes from main's own window, not the page.
   */
  confirmServer?: (template: string) => Promise<boolean>;
}

/**
 * The map's tile source, per machine: one per process, shared by every notebook it opens, and
 * the same object behind the contract (map.getTileSource / map.setTileSource) and the /tiles/
 * route of the app:// protocol and the browser-mode host.
 */
export function createTileService(file: string, options: TileServiceOptions = {}): TileService {
  const fs = options.fs ?? nodeFs;
  // What tiles are served from: the last setting read or written. Failed reads are not kept.
  let current: Promise<TileSetting> | undefined;
  // Sets run one at a time, each reading the revision the previous one wrote.
  let queue: Promise<unknown> = Promise.resolve();

  const read = (): Promise<TileSetting> => {
    const reading = readTileSetting(file, fs);
    current = reading;
    reading.catch(() => {
      if (current === reading) current = undefined;
    });
    return reading;
  };

  return {
    get: read,
    set(source) {
      const run = queue.then(async () => {
        const previous = await readTileSetting(file, fs);
        const checked = await checkTileSource(source);
        const newServer = checked.kind === 'server' && !(previous.source.kind === 'server' && previous.source.template === checked.template);
        if (newServer && options.confirmServer && !(await options.confirmServer(checked.template)))
          throw new FrontierError('CANCELLED', 'The tile server was not set: you declined it.');
        const next: TileSetting = { source: checked, revision: previous.revision + 1 };
        await writeTileSetting(file, next, fs);
        current = Promise.resolve(next);
        return next;
      });
      queue = run.catch(() => undefined);
      return run;
    },
    async tile(requestPath) {
      const coords = parseTilePath(requestPath);
      if (!coords) return notFound('not a tile address');
      const setting = await (current ?? read()).catch(() => NO_TILES);
      const { source } = setting;
      if (source.kind === 'folder') return readFolderTile(source.path, source.format, coords);
      if (source.kind === 'server') return fetchServerTile(source.template, coords, options);
      return notFound('no tile source is set');
    },
  };
}

/** For processes without per-machine settings (the CLI, tests): no tiles, and setting one is refused. */
export const NO_TILE_SERVICE: TileService = {
  get: () => Promise.resolve(NO_TILES),
  set: () => Promise.reject(new FrontierError('UNSUPPORTED', 'The map tile source is set in the desktop app or in browser mode.')),
  tile: () => Promise.resolve(notFound('no tile source is set')),
};
