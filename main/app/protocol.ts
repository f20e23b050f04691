import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';
import { contentTypeFor } from '../../shared/security/content-types';
import { SECURITY_HEADERS } from '../../shared/security/headers';
import { TILES_PREFIX, type TileService } from '../core/map-tiles';
import { APP_HOST, APP_SCHEME } from './app-origin';
import { resolveAppAsset } from './protocol-path';

/**
 * Declares `app:` a privileged scheme. Call once, before the app's `ready` event (Electron only
 * accepts scheme registration then).
 *
 * standard: URLs parse like http (host, path, relative resolution) and the page gets a real
 * origin, so 'self' in the CSP means app://frontier. secure: treated like https (secure context).
 * supportFetchAPI: the page may fetch() its own assets (map data). Deliberately no bypassCSP,
 * no service workers, and no corsEnabled (which would make app:// readable from other origins;
 * same-origin module scripts and fetches do not need it).
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Serves `app://frontier/<path>` from `rendererDir`, with the security headers on every response.
 * Call after `ready` (protocol.handle needs the default session), once.
 *
 * @param rendererDir absolute path of the built renderer, out/renderer. From the bundled
 *   out/main/main.js that is `path.join(import.meta.dirname, '../renderer')` (inside app.asar in
 *   a packaged build, which Electron's fs and net.fetch read transparently).
 * @param tiles the map's tile source: `app://frontier/tiles/{z}/{x}/{y}` is answered by it (plain
 *   Node, main/core/map-tiles), so tiles come from the page's own origin and the CSP stays strict.
 */
export function bindAppProtocol(rendererDir: string, tiles: TileService): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405);
    const { host, pathname } = new URL(request.url);
    if (host === APP_HOST && pathname.startsWith(TILES_PREFIX)) {
      const tile = await tiles.tile(pathname);
      if (tile.status !== 200) return refuse(tile.status);
      const headers = { ...SECURITY_HEADERS, 'Content-Type': tile.contentType, 'Cache-Control': 'private, max-age=3600' };
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(tile.body), { status: 200, headers });
    }
    const file = await resolveAppAsset(rendererDir, request.url);
    if (!file) return refuse(404);

    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Type', contentTypeFor(file));
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) headers.set(name, value);
    return new Response(request.method === 'HEAD' ? null : response.body, {
      status: response.status,
      headers,
    });
  });
}

function refuse(status: number): Response {
  return new Response(null, { status, headers: SECURITY_HEADERS });
}
