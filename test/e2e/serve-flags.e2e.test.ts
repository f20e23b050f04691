import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { built } from '../helpers/build-dir';
import { rawRequest, type Answer } from '../helpers/raw-request';
import { runCli } from '../helpers/run-cli';
import { tempDir } from '../helpers/temp-notebook';
import { openBrowser, type BrowserSession } from './harness';

const TITLE = 'Serve flags E2E';
const NOTE_TITLE = 'Hairatan bridge';
const BODY = 'Freight crossed the bridge at Hairatan on 9 October — груз, بار.';

/** A port nothing listens on now: bind 0 on the loopback, read the port, let it go. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A raw request, so the Host header is exactly what the test says (fetch sets its own). */
const send = (port: number, path: string, headers: Record<string, string>, method = 'POST', body = '{}'): Promise<Answer> =>
  rawRequest(port, path, { host: `127.0.0.1:${port}`, ...headers }, method, body);

interface StoredNote {
  id: string;
  title: string;
  body: string;
}

/**
 * `npm run serve -- --notebook DIR --port N` as the user runs it: the built host as a real
 * subprocess, its printed URL, its guards, and a clean stop on Ctrl+C that leaves the edit in
 * notebook.json.
 */
describe('serve --notebook DIR --port N, as a subprocess', () => {
  const tmp = tempDir('frontier-serve-flags-');
  const nb = join(tmp.dir, 'nb');
  let port = 0;
  let child: ChildProcess;
  let out = '';
  let exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  let url = '';
  let token = '';
  let b: BrowserSession | undefined;

  beforeAll(async () => {
    const init = runCli(nb, ['init', '--title', TITLE]);
    expect(init.code, init.stderr).toBe(0);
    port = await freePort();
    const script = built('main/serve.js');
    if (!existsSync(script)) throw new Error('Run `npm run build` first.');
    child = spawn(process.execPath, [script, '--notebook', nb, '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`serve printed no URL:\n${out}`)), 15_000);
      const check = () => {
        const m = /Open (\S+)/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      };
      child.stdout!.on('data', check);
      void exited.then(({ code }) => reject(new Error(`serve exited (${code}):\n${out}`)));
    });
    token = new URL(url).searchParams.get('token') ?? '';
  });

  afterAll(async () => {
    const external = b?.external() ?? [];
    await b?.close();
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    tmp.cleanup();
    expect(external, 'requests left 127.0.0.1').toEqual([]);
  });

  it('prints the URL on the port asked for, with a token, and the notebook it serves', () => {
    expect(url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${port}/\\?token=[A-Za-z0-9_-]+$`));
    // 24 random bytes, base64url.
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(out).toContain(`Frontier is serving ${nb}`);
  });

  it('serves the UI there', async () => {
    const page = await send(port, '/', {}, 'GET');
    expect(page.status).toBe(200);
    expect(page.body).toMatch(/<!doctype html>/i);
    b = await openBrowser();
    await b.page.goto(url);
    await b.page.getByRole('heading', { name: TITLE }).waitFor();
    expect(new URL(b.page.url()).port).toBe(String(port));
  });

  it('answers /rpc with the token', async () => {
    const r = await send(port, '/rpc/notebook.info', { 'content-type': 'application/json', 'x-frontier-token': token });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { meta: { title: TITLE } } });
  });

  it('refuses /rpc without the token, or with a wrong one', async () => {
    const none = await send(port, '/rpc/notebook.info', { 'content-type': 'application/json' });
    expect(none.status).toBe(403);
    expect(JSON.parse(none.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const wrong = await send(port, '/rpc/notebook.info', { 'content-type': 'application/json', 'x-frontier-token': `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}` });
    expect(wrong.status).toBe(403);
  });

  it('refuses a foreign Host (DNS rebinding), with the token or without', async () => {
    const rebound = await send(port, '/rpc/notebook.info', { host: `attacker.example:${port}`, 'content-type': 'application/json', 'x-frontier-token': token });
    expect(rebound.status).toBe(421);
    expect(rebound.body).not.toContain(TITLE);
    const page = await send(port, '/', { host: `attacker.example:${port}` }, 'GET');
    expect(page.status).toBe(421);
    expect(page.body).not.toMatch(/<html/i);
  });

  it('on Ctrl+C right after an edit is acknowledged, exits 0 with the note in notebook.json', async () => {
    const page = b!.page;
    const main = page.getByRole('main', { name: 'Editor' });
    await page.getByRole('button', { name: 'New note', exact: true }).click();
    const title = main.getByLabel('Title', { exact: true });
    await expect.poll(() => title.inputValue()).toBe('Untitled');
    await title.fill(NOTE_TITLE);
    await title.press('Enter');
    const editor = main.getByRole('textbox', { name: 'Note text' });
    await editor.click();
    // The save that carries the whole body, and its answer.
    const saved = page.waitForResponse((r) => r.url().includes('/rpc/notes.update') && (r.request().postData() ?? '').includes('груз, بار.'));
    await page.keyboard.insertText(BODY);
    const response = await saved;
    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true });
    await expect.poll(() => main.getByRole('status', { name: 'Save state' }).innerText(), { interval: 10 }).toBe('Saved');

    child.kill('SIGINT');
    const { code, signal } = await exited;
    expect({ code, signal }, out).toEqual({ code: 0, signal: null });
    expect(out).toContain('SIGINT: saving and stopping');

    // The edit is in notebook.json itself: the journal was absorbed on the way out.
    const doc = JSON.parse(readFileSync(join(nb, 'notebook.json'), 'utf8')) as { notes: StoredNote[] };
    const note = doc.notes.find((n) => n.title === NOTE_TITLE);
    expect(note?.body).toBe(BODY);
    const journal = join(nb, 'journal.ndjson');
    expect(existsSync(journal) ? statSync(journal).size : 0).toBe(0);
    expect(existsSync(join(nb, '.lock'))).toBe(false);
    // And the CLI, opening the folder afresh, agrees.
    const shown = runCli(nb, ['--json', 'note', 'show', NOTE_TITLE]);
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.json<StoredNote>().body).toBe(BODY);
    const verify = runCli(nb, ['verify']);
    expect(verify.code, verify.stdout + verify.stderr).toBe(0);
  });
});
