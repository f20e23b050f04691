import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { FrontierError } from '../../shared/ipc/errors';
import { systemClock } from '../core/context';
import { createHandlers } from '../core/handlers';
import { createTileService, defaultTileSettingFile, TILE_SETTING_FILE_NAME } from '../core/map-tiles';
import { defaultNotebookDir } from '../core/paths/default-notebook';
import { startSearchEarly } from '../core/search';
import { createServices } from '../core/services';
import { openOrCreateNotebook } from '../core/store/open-or-create';
import { startHost } from './http-host';

/**
 * `npm run serve [-- --notebook DIR --port N --user-data DIR]`: Frontier in a browser, for machines
 * without the Electron binary. Opens (or, if its folder is empty, creates) the notebook, serves the
 * built renderer on 127.0.0.1 and prints the URL to open. SIGINT/SIGTERM flush the store and exit.
 * Settings of this machine (the map's tile source) live in the user-data folder, as the desktop
 * app's do; --user-data or FRONTIER_USER_DATA names another one.
 */
const DEFAULT_PORT = 47_821;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { notebook: { type: 'string' }, port: { type: 'string' }, 'user-data': { type: 'string' } },
    strict: true,
  });
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) throw new FrontierError('INVALID_INPUT', `--port must be a port number, not "${values.port}".`);
  const dir = resolve(values.notebook ?? defaultNotebookDir());
  // The search thread reads its index cache while the notebook opens; the services below claim it.
  startSearchEarly(join(import.meta.dirname, 'search-worker.js'), dir);
  const store = await openOrCreateNotebook(dir, { compactOnClose: true });
  // The search index builds in a worker thread (bundled beside this file), never delaying a request.
  const userData = values['user-data'];
  const tiles = createTileService(userData === undefined ? defaultTileSettingFile() : join(resolve(userData), TILE_SETTING_FILE_NAME));
  const handlers = createHandlers(
    createServices({ store, now: systemClock, searchWorker: join(import.meta.dirname, 'search-worker.js'), extractWorker: join(import.meta.dirname, 'extract-worker.js'), tiles }),
  );
  const rendererDir = join(import.meta.dirname, '../renderer');
  const log = (m: string) => process.stderr.write(`${m}\n`);
  // A stable default port keeps the page's origin, and so its remembered layout, across runs; if it
  // is taken (another Frontier, another program), any free port will do.
  const host =
    port !== undefined
      ? await startHost({ handlers, rendererDir, port, log, tiles })
      : await startHost({ handlers, rendererDir, port: DEFAULT_PORT, log, tiles }).catch(() => startHost({ handlers, rendererDir, port: 0, log, tiles }));
  process.stdout.write(`Frontier is serving ${dir}\nOpen ${host.url}\n`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal}: saving and stopping…\n`);
    host
      .close()
      .then(() => store.close())
      .then(
        () => process.exit(0),
        (err: unknown) => {
          process.stderr.write(`frontier: could not finish saving: ${err instanceof Error ? err.message : String(err)}\n`);
          process.exit(1);
        },
      );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err: unknown) => {
  process.stderr.write(`frontier: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
