import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchServerTile } from '../../../../main/core/map-tiles';
import { solidPng } from './solid-png';

/** The "user's own tile server", on 127.0.0.1 for the test. */
const PNG = solidPng([0, 128, 255], 8);
let server: Server;
let base = '';
const seen: { url: string; headers: IncomingHttpHeaders }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers });
    const [, route] = (req.url ?? '').split('/');
    if (route === 'ok') return res.writeHead(200, { 'content-type': 'image/png; charset=binary', 'set-cookie': 'track=1' }).end(PNG);
    if (route === 'html') return res.writeHead(200, { 'content-type': 'text/html' }).end('<h1>error page</h1>');
    if (route === 'svg') return res.writeHead(200, { 'content-type': 'image/svg+xml' }).end('<svg xmlns="http://www.w3.org/2000/svg"/>');
    if (route === 'missing') return res.writeHead(404).end();
    if (route === 'fail') return res.writeHead(500).end();
    if (route === 'redirect') return res.writeHead(302, { location: `${base}/ok/0/0/0` }).end();
    if (route === 'slow') return setTimeout(() => res.writeHead(200, { 'content-type': 'image/png' }).end(PNG), 2000).unref();
    if (route === 'stall') {
      res.writeHead(200, { 'content-type': 'image/png' });
      return res.write(PNG.subarray(0, 10)); // and never ends
    }
    if (route === 'big') {
      // No Content-Length: the limit must hold while the body streams in.
      res.writeHead(200, { 'content-type': 'image/png' });
      for (let i = 0; i < 10; i++) res.write(Buffer.alloc(1000));
      return res.end();
    }
    if (route === 'biglen') return res.writeHead(200, { 'content-type': 'image/png', 'content-length': '5000' }).end(Buffer.alloc(5000));
    res.writeHead(400).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const at = { z: 5, x: 17, y: 9 };
const opts = { timeoutMs: 500, maxBytes: 4000 };

describe('tiles from the user’s tile server', () => {
  it('fetches the template with z, x and y filled in, and passes on an image', async () => {
    const t = await fetchServerTile(`${base}/ok/{z}/{x}/{y}.png?key=abc`, at, opts);
    expect(t).toMatchObject({ status: 200, contentType: 'image/png' });
    expect(t.status === 200 && t.body.equals(PNG)).toBe(true);
    const req = seen.at(-1)!;
    expect(req.url).toBe('/ok/5/17/9.png?key=abc');
    // Nothing about the user goes with it: no cookie, no credentials, no referrer.
    expect(req.headers.cookie).toBeUndefined();
    expect(req.headers.authorization).toBeUndefined();
    expect(req.headers.referer).toBeUndefined();
    // A cookie the server set is not sent back.
    await fetchServerTile(`${base}/ok/{z}/{x}/{y}.png`, at, opts);
    expect(seen.at(-1)!.headers.cookie).toBeUndefined();
  });

  it('keeps a 404 a 404, and turns every other failure into a clean 502', async () => {
    expect(await fetchServerTile(`${base}/missing/{z}/{x}/{y}`, at, opts)).toMatchObject({ status: 404 });
    expect(await fetchServerTile(`${base}/fail/{z}/{x}/{y}`, at, opts)).toMatchObject({ status: 502, reason: expect.stringMatching(/500/) });
    expect(await fetchServerTile('http://127.0.0.1:1/{z}/{x}/{y}', at, opts)).toMatchObject({ status: 502, reason: expect.stringMatching(/could not be reached/) });
  });

  it('refuses what is not a raster image: HTML, SVG', async () => {
    expect(await fetchServerTile(`${base}/html/{z}/{x}/{y}`, at, opts)).toMatchObject({ status: 502, reason: expect.stringMatching(/text\/html, not an image/) });
    expect(await fetchServerTile(`${base}/svg/{z}/{x}/{y}`, at, opts)).toMatchObject({ status: 502, reason: expect.stringMatching(/svg/) });
  });

  it('gives up after the timeout, whether the headers or the body are slow', async () => {
    const started = Date.now();
    expect(await fetchServerTile(`${base}/slow/{z}/{x}/{y}`, at, opts)).toMatchObject({ status: 502, reason: expect.stringMatching(/did not answer within 500 ms/) });
    expect(await fetchServerTile(`${base}/stall/{z}/{x}/{y}`, at, opts)).toMatchObject({ status: 502, reason: expect.stringMatching(/did not answer/) });
    expect(Date.now() - started).toBeLessThan(1900);
  });

  it('refuses a tile over the size limit, declared or streamed', async () => {
    expect(await fetchServerTile(`${base}/biglen/{z}/{x}/{y}`, at, opts)).toMatchObject({ status: 502, reason: expect.stringMatching(/larger than 4000/) });
    expect(await fetchServerTile(`${base}/big/{z}/{x}/{y}`, at, opts)).toMatchObject({ status: 502, reason: expect.stringMatching(/larger than 4000/) });
  });

  it('follows no redirect: it could lead anywhere the user did not name', async () => {
    const before = seen.length;
    expect(await fetchServerTile(`${base}/redirect/{z}/{x}/{y}`, at, opts)).toMatchObject({ status: 502 });
    expect(seen.slice(before).map((r) => r.url)).toEqual(['/redirect/5/17/9']);
  });
});
