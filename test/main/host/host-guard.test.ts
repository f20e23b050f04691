import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAllowedHost, isAllowedOrigin, isValidToken } from '../../../main/host/host-guard';
import { rawRequest, type Answer } from '../../helpers/raw-request';
import { startHost, type RunningHost } from '../../../main/host/http-host';
import { openTempNotebook, tempDir } from '../../helpers/temp-notebook';

const PORT = 47_821;
const TOKEN = 'q3Jx0Zb7sWm2YtVn8LkPa4RcUe6GhD1f';

describe('isAllowedHost', () => {
  it('accepts our loopback address and port, by number or as localhost', () => {
    expect(isAllowedHost(`127.0.0.1:${PORT}`, PORT)).toBe(true);
    expect(isAllowedHost(`localhost:${PORT}`, PORT)).toBe(true);
  });

  it('refuses a missing or empty Host', () => {
    expect(isAllowedHost(undefined, PORT)).toBe(false);
    expect(isAllowedHost('', PORT)).toBe(false);
  });

  it('refuses another port, or none', () => {
    expect(isAllowedHost(`127.0.0.1:${PORT + 1}`, PORT)).toBe(false);
    expect(isAllowedHost(`localhost:${PORT + 1}`, PORT)).toBe(false);
    expect(isAllowedHost('127.0.0.1:80', PORT)).toBe(false);
    expect(isAllowedHost('127.0.0.1', PORT)).toBe(false);
    expect(isAllowedHost('localhost', PORT)).toBe(false);
    expect(isAllowedHost(`127.0.0.1:0${PORT}`, PORT)).toBe(false);
  });

  it('refuses the names a DNS-rebinding page sends (its own name, resolved to 127.0.0.1)', () => {
    for (const host of [
      `attacker.example:${PORT}`,
      `127.0.0.1.nip.io:${PORT}`,
      `localhost.attacker.example:${PORT}`,
      `7f000001.rbndr.us:${PORT}`,
      `127.0.0.1:${PORT}.attacker.example`,
      `localhost.:${PORT}`,
      `sub.localhost:${PORT}`,
      `evil@127.0.0.1:${PORT}`,
      ` 127.0.0.1:${PORT}`,
      `127.0.0.1:${PORT} `,
    ])
      expect(isAllowedHost(host, PORT), host).toBe(false);
  });

  it('refuses other spellings of a loopback address, which are not what our URL names', () => {
    for (const host of [`0.0.0.0:${PORT}`, `127.1:${PORT}`, `127.0.0.2:${PORT}`, `2130706433:${PORT}`, `[::1]:${PORT}`, `[::ffff:127.0.0.1]:${PORT}`])
      expect(isAllowedHost(host, PORT), host).toBe(false);
  });
});

describe('isAllowedOrigin', () => {
  it('accepts no Origin at all (same-origin GETs, programs that are not browsers)', () => {
    expect(isAllowedOrigin(undefined, PORT)).toBe(true);
  });

  it('accepts our own page’s origin, by number or as localhost', () => {
    expect(isAllowedOrigin(`http://127.0.0.1:${PORT}`, PORT)).toBe(true);
    expect(isAllowedOrigin(`http://localhost:${PORT}`, PORT)).toBe(true);
  });

  it('refuses the opaque origin `null` (sandboxed frames, file: pages, some redirects)', () => {
    expect(isAllowedOrigin('null', PORT)).toBe(false);
  });

  it('refuses an empty Origin', () => {
    expect(isAllowedOrigin('', PORT)).toBe(false);
  });

  it('refuses cross-origin pages, including our address on another port or scheme', () => {
    for (const origin of [
      'https://attacker.example',
      `http://attacker.example:${PORT}`,
      `http://127.0.0.1:${PORT + 1}`,
      `http://localhost:${PORT + 1}`,
      'http://127.0.0.1',
      `https://127.0.0.1:${PORT}`,
      `http://127.0.0.1.nip.io:${PORT}`,
      `http://127.0.0.1:${PORT}.attacker.example`,
      `http://127.0.0.1:${PORT}/`,
      `file://`,
      `chrome-extension://abcdefghijklmnop`,
    ])
      expect(isAllowedOrigin(origin, PORT), origin).toBe(false);
  });
});

describe('isValidToken', () => {
  it('accepts the token', () => {
    expect(isValidToken(TOKEN, TOKEN)).toBe(true);
  });

  it('refuses a missing or empty token', () => {
    expect(isValidToken(undefined, TOKEN)).toBe(false);
    expect(isValidToken('', TOKEN)).toBe(false);
  });

  it('refuses a wrong token, shorter or longer', () => {
    expect(isValidToken('wrong', TOKEN)).toBe(false);
    expect(isValidToken(TOKEN.slice(0, -1), TOKEN)).toBe(false);
    expect(isValidToken(`${TOKEN}x`, TOKEN)).toBe(false);
    expect(isValidToken(`${TOKEN} `, TOKEN)).toBe(false);
  });

  it('refuses a wrong token of the same length (one character off, first or last)', () => {
    const last = TOKEN.slice(0, -1) + (TOKEN.endsWith('a') ? 'b' : 'a');
    const first = (TOKEN.startsWith('a') ? 'b' : 'a') + TOKEN.slice(1);
    expect(last).toHaveLength(TOKEN.length);
    expect(isValidToken(last, TOKEN)).toBe(false);
    expect(isValidToken(first, TOKEN)).toBe(false);
    expect(isValidToken(TOKEN.toUpperCase(), TOKEN)).toBe(false);
  });

  it('refuses a token of the same number of characters but other bytes (non-ASCII)', () => {
    const wide = 'é'.repeat(TOKEN.length);
    expect(wide).toHaveLength(TOKEN.length);
    expect(() => isValidToken(wide, TOKEN)).not.toThrow();
    expect(isValidToken(wide, TOKEN)).toBe(false);
  });

  it('refuses everything when there is no token to compare with', () => {
    expect(isValidToken('', '')).toBe(false);
    expect(isValidToken(undefined, '')).toBe(false);
  });
});

/**
 * The same checks where they are made: the running host, with raw requests, so the test controls
 * Host, Origin and the token header exactly (and can send the header twice).
 */
describe('the browser-mode host applies them', () => {
  let nb: Awaited<ReturnType<typeof openTempNotebook>>;
  let host: RunningHost;
  const tmp = tempDir('frontier-host-guard-');
  const rendererDir = join(tmp.dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Frontier</title>');

  /** A raw request; headers as [name, value] pairs so one may be sent twice. */
  const send = (path: string, headers: Array<[string, string]>, method = 'POST', body = '{}'): Promise<Answer> => rawRequest(host.port, path, headers.flat(), method, body);
  const own = (): Array<[string, string]> => [
    ['Host', `127.0.0.1:${host.port}`],
    ['Content-Type', 'application/json'],
  ];

  beforeAll(async () => {
    nb = await openTempNotebook();
    host = await startHost({ handlers: nb.handlers, rendererDir, port: 0, token: TOKEN });
  });
  afterAll(async () => {
    await host.close();
    await nb.dispose();
    tmp.cleanup();
  });

  it('answers an /rpc call with the token', async () => {
    const r = await send('/rpc/notebook.info', [...own(), ['X-Frontier-Token', TOKEN]]);
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true });
  });

  it('refuses /rpc without the token, with a wrong one, or an empty one', async () => {
    for (const headers of [own(), [...own(), ['X-Frontier-Token', 'wrong']], [...own(), ['X-Frontier-Token', `${TOKEN.slice(0, -1)}_`]], [...own(), ['X-Frontier-Token', '']]] as Array<Array<[string, string]>>) {
      const r = await send('/rpc/notebook.info', headers);
      expect(r.status).toBe(403);
      expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
  });

  it('refuses the token in the query string instead of the header', async () => {
    const r = await send(`/rpc/notebook.info?token=${TOKEN}`, own());
    expect(r.status).toBe(403);
  });

  it('refuses the token header sent twice (Node joins the two values)', async () => {
    const r = await send('/rpc/notebook.info', [...own(), ['X-Frontier-Token', TOKEN], ['X-Frontier-Token', TOKEN]]);
    expect(r.status).toBe(403);
    const wrongFirst = await send('/rpc/notebook.info', [...own(), ['X-Frontier-Token', 'wrong'], ['X-Frontier-Token', TOKEN]]);
    expect(wrongFirst.status).toBe(403);
  });

  it('refuses a foreign Host, even with the token, and for the page itself', async () => {
    const foreign: Array<[string, string]> = [
      ['Host', `attacker.example:${host.port}`],
      ['Content-Type', 'application/json'],
      ['X-Frontier-Token', TOKEN],
    ];
    expect((await send('/rpc/notebook.info', foreign)).status).toBe(421);
    expect((await send('/', [['Host', `attacker.example:${host.port}`]], 'GET')).status).toBe(421);
    expect((await send('/', [['Host', `127.0.0.1:${host.port + 1}`]], 'GET')).status).toBe(421);
  });

  it('serves the page to our own Host, by number or as localhost', async () => {
    expect((await send('/', [['Host', `127.0.0.1:${host.port}`]], 'GET')).status).toBe(200);
    expect((await send('/', [['Host', `localhost:${host.port}`]], 'GET')).status).toBe(200);
  });

  it('refuses a cross-origin or `null` Origin, even with the token', async () => {
    for (const origin of ['https://attacker.example', 'null', `http://127.0.0.1:${host.port + 1}`]) {
      const r = await send('/rpc/notebook.info', [...own(), ['Origin', origin], ['X-Frontier-Token', TOKEN]]);
      expect(r.status, origin).toBe(403);
      expect(r.body, origin).toBe('Forbidden origin');
    }
    const ours = await send('/rpc/notebook.info', [...own(), ['Origin', `http://127.0.0.1:${host.port}`], ['X-Frontier-Token', TOKEN]]);
    expect(ours.status).toBe(200);
  });
});
