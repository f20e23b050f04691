import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTileService } from '../../../main/core/map-tiles';
import { createHandlers } from '../../../main/core/handlers';
import { createServices } from '../../../main/core/services';
import { startHost, type RunningHost } from '../../../main/host/http-host';
import { openTempNotebook, tempDir } from '../../helpers/temp-notebook';
import { solidPng } from '../core/map-tiles/solid-png';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A raw request, so the test controls Host, Origin and Sec-Fetch-Site exactly. */
function get(port: number, path: string, headers: Record<string, string> = {}, method = 'GET', body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers: { host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const PNG = solidPng([40, 160, 90], 256);
const tmp = tempDir('frontier-host-tiles-');
const folder = join(tmp.dir, 'tiles');
mkdirSync(join(folder, '3/5'), { recursive: true });
writeFileSync(join(folder, '3/5/2.png'), PNG);
const rendererDir = join(tmp.dir, 'renderer');
mkdirSync(rendererDir);
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>x</title>');

let nb: Awaited<ReturnType<typeof openTempNotebook>>;
let host: RunningHost;
let userServer: Server;
let userBase = '';

const rpc = async (method: string, input: unknown) => {
  const r = await get(host.port, `/rpc/${method}`, { 'content-type': 'application/json', 'x-frontier-token': host.token }, 'POST', JSON.stringify(input));
  return JSON.parse(r.body.toString()) as { ok: boolean; value?: unknown; error?: { code: string; message: string } };
};

beforeAll(async () => {
  nb = await openTempNotebook();
  const tiles = createTileService(join(tmp.dir, 'user-data', 'tile-source.json'), { timeoutMs: 1000 });
  const handlers = createHandlers(createServices({ store: nb.store, now: nb.now, tiles }));
  host = await startHost({ handlers, rendererDir, port: 0, tiles });
  // The user's own tile server, for the server kind.
  userServer = createServer((req, res) => {
    if (req.url?.startsWith('/img/')) return res.writeHead(200, { 'content-type': 'image/png' }).end(PNG);
    res.writeHead(200, { 'content-type': 'text/html' }).end('<p>not a tile</p>');
  });
  await new Promise<void>((resolve) => userServer.listen(0, '127.0.0.1', resolve));
  userBase = `http://127.0.0.1:${(userServer.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await host?.close();
  userServer?.closeAllConnections();
  await new Promise((resolve) => userServer?.close(resolve));
  await nb?.dispose();
  tmp.cleanup();
});

describe('the browser-mode host’s /tiles/ route', () => {
  it('answers 404 while no tile source is set', async () => {
    expect((await rpc('map.getTileSource', {})).value).toEqual({ source: { kind: 'none' }, revision: 0 });
    expect((await get(host.port, '/tiles/3/5/2')).status).toBe(404);
  });

  it('refuses a bad source through the contract with INVALID_INPUT and main’s reason', async () => {
    expect(await rpc('map.setTileSource', { source: { kind: 'folder', path: join(tmp.dir, 'missing') } })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/no folder/) } });
    expect(await rpc('map.setTileSource', { source: { kind: 'server', template: 'ftp://t.example/{z}/{x}/{y}' } })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await rpc('map.setTileSource', { source: { kind: 'folder' } })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await rpc('map.setTileSource', { source: { kind: 'other' } })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('serves a folder’s tiles as images, with the security headers, only to its own page', async () => {
    expect(await rpc('map.setTileSource', { source: { kind: 'folder', path: folder } })).toEqual({ ok: true, value: { source: { kind: 'folder', path: folder }, revision: 1 } });
    const r = await get(host.port, '/tiles/3/5/2?v=1', { 'sec-fetch-site': 'same-origin' });
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('image/png');
    expect(r.body.equals(PNG)).toBe(true);
    expect(r.headers['content-security-policy']).toMatch(/img-src 'self' data: blob:;/);
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['cross-origin-resource-policy']).toBe('same-origin');
    expect((await get(host.port, '/tiles/3/5/2', {}, 'HEAD')).status).toBe(200);
    // Not for other sites' pages: a hot-linking <img> says cross-site, and is refused.
    expect((await get(host.port, '/tiles/3/5/2', { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await get(host.port, '/tiles/3/5/2', { 'sec-fetch-site': 'same-site' })).status).toBe(403);
  });

  it('keeps the Host and Origin checks and the method, and answers 404 to anything but three integers in range', async () => {
    expect((await get(host.port, '/tiles/3/5/2', { host: `evil.example:${host.port}` })).status).toBe(421);
    expect((await get(host.port, '/tiles/3/5/2', { origin: 'http://evil.example' })).status).toBe(403);
    expect((await get(host.port, '/tiles/3/5/2', {}, 'POST')).status).toBe(405);
    for (const bad of ['/tiles/3/5/3', '/tiles/3/8/2', '/tiles/3/5/2.png', '/tiles/3/5/../5/2', '/tiles/%2e%2e/3/5/2', '/tiles/3/5%2f2', '/tiles/-3/5/2', '/tiles/3/5/2/', '/tiles/'])
      expect((await get(host.port, bad)).status, bad).toBe(404);
  });

  it('fetches from the user’s tile server, and answers 502 for what is not an image', async () => {
    expect(await rpc('map.setTileSource', { source: { kind: 'server', template: `${userBase}/img/{z}/{x}/{y}.png` } })).toMatchObject({ ok: true, value: { revision: 2 } });
    const r = await get(host.port, '/tiles/3/5/2?v=2');
    expect(r.status).toBe(200);
    expect(r.body.equals(PNG)).toBe(true);
    await rpc('map.setTileSource', { source: { kind: 'server', template: `${userBase}/page/{z}/{x}/{y}` } });
    expect((await get(host.port, '/tiles/3/5/2')).status).toBe(502);
  });

  it('answers 404 again once the source is none', async () => {
    expect(await rpc('map.setTileSource', { source: { kind: 'none' } })).toMatchObject({ ok: true, value: { source: { kind: 'none' } } });
    expect((await get(host.port, '/tiles/3/5/2')).status).toBe(404);
  });
});
