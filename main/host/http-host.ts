import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { contentTypeFor } from '../../shared/security/content-types';
import { SECURITY_HEADERS } from '../../shared/security/headers';
import { resolveAsset } from '../core/assets/resolve-asset';
import type { Handlers } from '../core/handlers';
import { TILES_PREFIX, type TileService } from '../core/map-tiles';
import { dispatch, MAX_INPUT_BYTES } from '../core/rpc/dispatch';
import { isAllowedHost, isAllowedOrigin, isValidToken } from './host-guard';

export interface HostOptions {
  handlers: Handlers;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  token?: string;
  log?: (message: string) => void;
  /** The map's tile source, served under /tiles/; without it /tiles/ answers 404. */
  tiles?: TileService;
}

export interface RunningHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const RPC_PREFIX = '/rpc/';

/**
 * Browser mode (ARCHITECTURE §3): serves the built renderer and the contract over HTTP on
 * 127.0.0.1, with the same CSP and headers as the app and the same dispatch gate as Electron's IPC.
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let port = 0;

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      options.log?.(`frontier host: ${String(err)}`);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Internal error');
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isAllowedHost(req.headers.host, port)) return send(res, 421, 'text/plain; charset=utf-8', 'Misdirected request');
    if (!isAllowedOrigin(req.headers.origin, port)) return send(res, 403, 'text/plain; charset=utf-8', 'Forbidden origin');
    const path = (req.url ?? '/').split('?', 1)[0] ?? '/';
    if (path.startsWith(RPC_PREFIX)) return rpc(req, res, decodeURIComponent(path.slice(RPC_PREFIX.length)));
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed');
    if (path.startsWith(TILES_PREFIX)) return tile(req, res, path);
    const file = await resolveAsset(options.rendererDir, `http://${req.headers.host}${req.url ?? '/'}`, { protocol: 'http:', host: req.headers.host! });
    if (!file) return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(file), 'Cache-Control': 'no-store' });
    if (req.method === 'HEAD') return void res.end();
    createReadStream(file).pipe(res);
  }

  /**
   * GET /tiles/{z}/{x}/{y}: the map's tiles, read from the user's folder or fetched from their
   * server by this process. Like the renderer's files, not token-guarded: the page asks for them
   * with <img> elements, which cannot send our header, and a token in every tile URL would spread
   * it through the DOM. What a token would stop is a web page in the user's browser hot-linking
   * http://127.0.0.1:port/tiles/… to probe the setting or make this process fetch from the
   * user's server (the Host check passes, and an <img> sends no Origin). So tiles go only to our
   * own page: a browser's request must say Sec-Fetch-Site: same-origin (every current browser
   * sends it), and Cross-Origin-Resource-Policy: same-origin is set too. A local program without
   * those headers gets no more than it could read or fetch itself.
   */
  async function tile(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const site = req.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin' && site !== 'none') return send(res, 403, 'text/plain; charset=utf-8', 'Forbidden: tiles are for this app only');
    const result = options.tiles ? await options.tiles.tile(path) : { status: 404 as const, reason: 'no tile source is set' };
    if (result.status !== 200) return send(res, result.status, 'text/plain; charset=utf-8', result.status === 404 ? 'No such tile' : 'The tile server failed');
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': result.contentType,
      'Content-Length': String(result.body.length),
      'Cross-Origin-Resource-Policy': 'same-origin',
      // The URL carries the setting's revision (?v=), so a changed source is a new URL.
      'Cache-Control': 'private, max-age=3600',
    });
    res.end(req.method === 'HEAD' ? undefined : result.body);
  }

  async function rpc(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed');
    const header = req.headers['x-frontier-token'];
    if (!isValidToken(Array.isArray(header) ? header[0] : header, token)) {
      req.resume();
      return json(res, 403, { ok: false, error: { code: 'FORBIDDEN', message: 'Missing or wrong token: open the URL that `npm run serve` printed.' } });
    }
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      req.resume();
      return json(res, 415, { ok: false, error: { code: 'INVALID_INPUT', message: 'Send JSON (Content-Type: application/json).' } });
    }
    const body = await readBody(req, MAX_INPUT_BYTES + 1024);
    if (body === undefined) return json(res, 413, { ok: false, error: { code: 'TOO_LARGE', message: `${method}: the request is larger than ${MAX_INPUT_BYTES} bytes.` } });
    let input: unknown;
    try {
      input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch {
      return json(res, 400, { ok: false, error: { code: 'INVALID_INPUT', message: `${method}: the request body is not valid JSON.` } });
    }
    const result = await dispatch(options.handlers, method, input, { onInternalError: (m, err) => options.log?.(`frontier host: ${m}: ${String(err)}`) });
    json(res, 200, result);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

function json(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

/** Reads the body up to `limit` bytes; undefined (and the connection drained) when it is larger. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? undefined : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
