import { describe, expect, it } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { bindIpc, type IpcMainLike } from '../../../main/app/ipc';
import { APP_ENTRY_URL } from '../../../main/app/app-origin';
import type { Handlers } from '../../../main/core/handlers';
import { channelOf, METHODS } from '../../../shared/ipc/contract';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

function fakeIpc() {
  const listeners = new Map<string, Listener>();
  const ipc: IpcMainLike = { handle: (channel, listener) => void listeners.set(channel, listener) };
  return { ipc, listeners };
}

const frame = (url: string, parent: unknown = null) => ({ url, parent });
const eventFrom = (senderFrame: unknown) => ({ senderFrame }) as unknown as IpcMainInvokeEvent;

describe('bindIpc', () => {
  const calls: string[] = [];
  const handlers = Object.fromEntries(METHODS.map((m) => [m, () => (calls.push(m), { info: true })])) as unknown as Handlers;
  const mainFrame = frame(APP_ENTRY_URL);

  it('binds exactly one channel per contract method, named frontier:<method>', () => {
    const { ipc, listeners } = fakeIpc();
    bindIpc(ipc, handlers, () => mainFrame);
    expect([...listeners.keys()].sort()).toEqual(METHODS.map(channelOf).sort());
  });

  it('answers the main frame through the dispatch gate', async () => {
    const { ipc, listeners } = fakeIpc();
    bindIpc(ipc, handlers, () => mainFrame);
    calls.length = 0;
    const r = await listeners.get('frontier:notebook.info')!(eventFrom(mainFrame), {});
    expect(r).toEqual({ ok: true, value: { info: true } });
    const bad = await listeners.get('frontier:notes.get')!(eventFrom(mainFrame), { id: '../../etc/passwd' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(calls).toEqual(['notebook.info']);
  });

  it('refuses subframes, look-alike frames, navigated frames and a missing window, calling nothing', async () => {
    const { ipc, listeners } = fakeIpc();
    bindIpc(ipc, handlers, () => mainFrame);
    calls.length = 0;
    const senders = [
      frame(APP_ENTRY_URL, mainFrame), // an iframe inside our page
      frame(APP_ENTRY_URL), // equal-looking but another frame object
      null, // destroyed
      frame('https://example.org/'),
    ];
    for (const sender of senders) {
      const r = await listeners.get('frontier:notes.list')!(eventFrom(sender), {});
      expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    const { ipc: ipc2, listeners: l2 } = fakeIpc();
    bindIpc(ipc2, handlers, () => undefined);
    expect(await l2.get('frontier:notes.list')!(eventFrom(mainFrame), {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(calls).toEqual([]);
  });
});
