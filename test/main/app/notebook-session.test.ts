import { access, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ENTRY_URL } from '../../../main/app/app-origin';
import { bindIpc, type IpcMainLike } from '../../../main/app/ipc';
import { NotebookSession, openNotebookStore, samePath } from '../../../main/app/notebook-session';
import type { OpenMode } from '../../../main/app/settings';
import { systemClock } from '../../../main/core/context';
import { createHandlers, type Handlers } from '../../../main/core/handlers';
import { createServices } from '../../../main/core/services';
import { NotebookStore } from '../../../main/core/store';
import { METHODS } from '../../../shared/ipc/contract';

/** A store that records its life, with handlers that answer its name. */
class FakeStore {
  closed = false;
  constructor(
    readonly dir: string,
    readonly log: string[],
    private readonly closeFails = false,
  ) {}
  async close() {
    this.log.push(`close ${this.dir}`);
    this.closed = true;
    if (this.closeFails) throw new Error('disk full');
  }
}

function fakeSession(opts: { failOpen?: string; failClose?: string } = {}) {
  const log: string[] = [];
  const session = new NotebookSession<FakeStore>({
    open: async (dir: string, mode: OpenMode) => {
      log.push(`open ${dir} ${mode}`);
      if (dir === opts.failOpen) throw new Error(`cannot open ${dir}`);
      return new FakeStore(dir, log, dir === opts.failClose);
    },
    makeHandlers: (store) => Object.fromEntries(METHODS.map((m) => [m, () => ({ from: store.dir, method: m })])) as unknown as Handlers,
    platform: 'linux',
  });
  const call = (method: keyof Handlers) => (session.handlers[method] as (i: unknown) => unknown)({});
  return { session, log, call };
}

describe('NotebookSession', () => {
  it('has a handler for every contract method, failing until a notebook is open', () => {
    const { session, call } = fakeSession();
    expect(Object.keys(session.handlers).sort()).toEqual([...METHODS].sort());
    expect(() => call('notes.list')).toThrow(/No notebook is open/);
  });

  it('routes the same handler object to the notebook open now', async () => {
    const { session, log, call } = fakeSession();
    const handlers = session.handlers;
    expect(await session.switchTo('/n/a', 'open-or-create')).toEqual({ changed: true });
    expect(call('notes.list')).toEqual({ from: '/n/a', method: 'notes.list' });
    expect(await session.switchTo('/n/b', 'create')).toEqual({ changed: true });
    expect(session.handlers).toBe(handlers);
    expect(call('notes.list')).toEqual({ from: '/n/b', method: 'notes.list' });
    // The new one is opened before the old one is closed.
    expect(log).toEqual(['open /n/a open-or-create', 'open /n/b create', 'close /n/a']);
    expect(session.dir).toBe('/n/b');
  });

  it('keeps the current notebook when the new one fails to open', async () => {
    const { session, log, call } = fakeSession({ failOpen: '/n/bad' });
    await session.switchTo('/n/a', 'open');
    await expect(session.switchTo('/n/bad', 'open')).rejects.toThrow('cannot open /n/bad');
    expect(session.dir).toBe('/n/a');
    expect(call('notes.list')).toEqual({ from: '/n/a', method: 'notes.list' });
    expect(log).not.toContain('close /n/a');
  });

  it('does nothing when asked for the notebook already open', async () => {
    const { session, log } = fakeSession();
    await session.switchTo('/n/a', 'open');
    expect(await session.switchTo('/n/x/../a/', 'open')).toEqual({ changed: false });
    expect(log).toEqual(['open /n/a open']);
  });

  it('switches even when the old notebook does not close cleanly, and says so', async () => {
    const { session, call } = fakeSession({ failClose: '/n/a' });
    await session.switchTo('/n/a', 'open');
    const result = await session.switchTo('/n/b', 'open');
    expect(result.changed).toBe(true);
    expect(String(result.closeError)).toMatch(/disk full/);
    expect(call('notes.list')).toEqual({ from: '/n/b', method: 'notes.list' });
  });

  it('runs switches one at a time, in order', async () => {
    const { session, log } = fakeSession();
    await Promise.all([session.switchTo('/n/a', 'open'), session.switchTo('/n/b', 'open'), session.switchTo('/n/c', 'open')]);
    expect(log).toEqual(['open /n/a open', 'open /n/b open', 'close /n/a', 'open /n/c open', 'close /n/b']);
    expect(session.dir).toBe('/n/c');
  });

  it('closes the notebook on close, and opens nothing afterwards', async () => {
    const { session, log, call } = fakeSession();
    await session.switchTo('/n/a', 'open');
    const store = session.store!;
    await session.close();
    expect(store.closed).toBe(true);
    expect(() => call('notes.list')).toThrow(/No notebook is open/);
    await expect(session.switchTo('/n/b', 'open')).rejects.toThrow(/closing/);
    expect(log).toEqual(['open /n/a open', 'close /n/a']);
  });
});

describe('samePath', () => {
  it('folds case where the file system usually does', () => {
    expect(samePath('/Users/ana/Kunduz', '/users/ana/kunduz', 'darwin')).toBe(true);
    expect(samePath('/home/ana/Kunduz', '/home/ana/kunduz', 'linux')).toBe(false);
    expect(samePath('/home/ana/Kunduz/', '/home/ana/x/../Kunduz', 'linux')).toBe(true);
  });
});

describe('NotebookSession with real notebooks, through bindIpc', () => {
  let base: string;
  beforeAll(async () => {
    base = await mkdtemp(path.join(os.tmpdir(), 'frontier-session-'));
  });
  afterAll(async () => {
    await rm(base, { recursive: true, force: true });
  });

  type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;
  const mainFrame = { url: APP_ENTRY_URL, parent: null };
  const eventFrom = (senderFrame: unknown) => ({ senderFrame }) as unknown as IpcMainInvokeEvent;

  it('serves the switched-to notebook on the channels bound once, and closes the old one', async () => {
    const session = new NotebookSession({
      open: (dir, mode) => openNotebookStore(dir, mode),
      makeHandlers: (store) => createHandlers(createServices({ store, now: systemClock })),
    });
    const listeners = new Map<string, Listener>();
    const ipc: IpcMainLike = { handle: (channel, listener) => void listeners.set(channel, listener) };
    bindIpc(ipc, session.handlers, () => mainFrame);
    const invoke = (method: string, input: unknown) => listeners.get(`frontier:${method}`)!(eventFrom(mainFrame), input);

    const a = path.join(base, 'Kunduz');
    const b = path.join(base, 'Panj river');
    await session.switchTo(a, 'open-or-create');
    expect(await invoke('notes.create', { title: 'Bridge at Sher Khan Bandar' })).toMatchObject({ ok: true });

    await session.switchTo(b, 'create');
    expect(await invoke('notebook.info', {})).toMatchObject({ ok: true, value: { path: b, meta: { title: 'Panj river' }, counts: { notes: 0 } } });
    // The old notebook was closed: its lock released, its note on disk.
    await expect(access(path.join(a, '.lock'))).rejects.toMatchObject({ code: 'ENOENT' });
    const reopened = await NotebookStore.open(a, { readOnly: true });
    expect([...reopened.all('notes')].map((n) => n.title)).toEqual(['Bridge at Sher Khan Bandar']);
    await reopened.close();

    // Creating over an existing notebook is refused by the store itself, and B stays open.
    await expect(session.switchTo(a, 'create')).rejects.toThrow(/already holds a notebook/);
    expect(session.dir).toBe(b);

    await session.close();
    expect(await invoke('notes.list', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: 'No notebook is open.' } });
  });
});

describe('NotebookSession.switchTo with beforeActivate (the page reload)', () => {
  it('keeps serving the old notebook until the new page commits, then the new one', async () => {
    const { session, log, call } = fakeSession();
    await session.switchTo('/n/a', 'open');
    const seen: unknown[] = [];
    const result = await session.switchTo('/n/b', 'open', async () => {
      log.push('reload');
      // The old page's last saves, sent while it unloads.
      seen.push(call('notes.update'));
    });
    seen.push(call('notes.list'));
    expect(result).toEqual({ changed: true });
    expect(seen).toEqual([
      { from: '/n/a', method: 'notes.update' },
      { from: '/n/b', method: 'notes.list' },
    ]);
    // Opened first (a failure would leave the page alone), closed last (after the old page's saves).
    expect(log).toEqual(['open /n/a open', 'open /n/b open', 'reload', 'close /n/a']);
  });

  it('does not reload when the notebook fails to open or is the one already open', async () => {
    const { session } = fakeSession({ failOpen: '/n/bad' });
    await session.switchTo('/n/a', 'open');
    let reloads = 0;
    const reload = async () => void reloads++;
    await expect(session.switchTo('/n/bad', 'open', reload)).rejects.toThrow();
    await session.switchTo('/n/a', 'open', reload);
    expect(reloads).toBe(0);
  });

  it('switches anyway when the reload fails', async () => {
    const { session, call } = fakeSession();
    await session.switchTo('/n/a', 'open');
    await session.switchTo('/n/b', 'open', async () => {
      throw new Error('render process gone');
    });
    expect(call('notes.list')).toEqual({ from: '/n/b', method: 'notes.list' });
  });
});

describe('NotebookSession and requests already running', () => {
  it('lets a request running on the old notebook finish before closing it', async () => {
    const log: string[] = [];
    let finish!: () => void;
    const slow = new Promise<void>((resolve) => (finish = resolve));
    const session = new NotebookSession<FakeStore>({
      open: async (dir) => new FakeStore(dir, log),
      makeHandlers: (store) =>
        Object.fromEntries(
          METHODS.map((m) => [m, async () => {
            log.push(`start ${m} on ${store.dir}`);
            if (m === 'sources.import') await slow;
            log.push(`end ${m} on ${store.dir}`);
            return store.dir;
          }]),
        ) as unknown as Handlers,
    });
    await session.switchTo('/n/a', 'open');
    const importing = (session.handlers['sources.import'] as unknown as (i: unknown) => Promise<string>)({});
    const switching = session.switchTo('/n/b', 'open');
    await new Promise((r) => setTimeout(r, 10));
    // New requests already go to B, but A stays open until the import is done.
    expect(await (session.handlers['notes.list'] as unknown as (i: unknown) => Promise<string>)({})).toBe('/n/b');
    expect(log).not.toContain('close /n/a');
    finish();
    expect(await importing).toBe('/n/a');
    await switching;
    expect(log.indexOf('end sources.import on /n/a')).toBeLessThan(log.indexOf('close /n/a'));
  });
});
