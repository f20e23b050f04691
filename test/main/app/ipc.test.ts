import { describe, expect, it } from 'vitest';
import type { IpcMainInvokeEvent } from 'electron';
import { bindIpc, type IpcMainLike } from '../../../main/app/ipc';
import { APP_ENTRY_URL } from '../../../main/app/app-origin';
import type { Handlers } from '../../../main/core/handlers';
import { MAX_INPUT_BYTES } from '../../../main/core/rpc/dispatch';
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

  // The gate's refusals, through the listener Electron calls (the dispatch layer has its own tests):
  // nothing reaches a service, and the answer is an error value, never a throw.
  it('refuses oversized input with TOO_LARGE, calling nothing', async () => {
    const { ipc, listeners } = fakeIpc();
    const log: string[] = [];
    bindIpc(ipc, handlers, () => mainFrame, (msg) => log.push(msg));
    calls.length = 0;
    const big = { fileName: 'big.txt', dataBase64: 'A'.repeat(MAX_INPUT_BYTES + 1) };
    const r = await listeners.get('frontier:sources.import')!(eventFrom(mainFrame), big);
    expect(r).toMatchObject({ ok: false, error: { code: 'TOO_LARGE', message: expect.stringContaining(String(MAX_INPUT_BYTES)) } });
    const note = await listeners.get('frontier:notes.create')!(eventFrom(mainFrame), { title: 'x', body: 'b'.repeat(MAX_INPUT_BYTES) });
    expect(note).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } });
    expect(calls).toEqual([]);
    expect(log).toEqual([]);
  });

  it.each([
    ['__proto__ at the top (as JSON.parse makes it: an own key)', () => JSON.parse('{"title":"x","__proto__":{"polluted":true}}') as unknown],
    ['__proto__ nested in a place', () => JSON.parse('{"title":"x","place":{"name":"a","lat":1,"lng":1,"__proto__":{"polluted":true}}}') as unknown],
    ['constructor.prototype in an array item', () => ({ title: 'x', tags: [{ constructor: { prototype: { polluted: true } } }] })],
    ['constructor at the top', () => ({ title: 'x', constructor: { prototype: { polluted: true } } })],
  ])('refuses %s with INVALID_INPUT, calling nothing and polluting nothing', async (_what, input) => {
    const { ipc, listeners } = fakeIpc();
    bindIpc(ipc, handlers, () => mainFrame);
    calls.length = 0;
    const r = await listeners.get('frontier:notes.create')!(eventFrom(mainFrame), input());
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/__proto__|constructor|prototype/) } });
    expect(calls).toEqual([]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('checks the sender before the input: a foreign frame with an oversized or polluting input gets FORBIDDEN', async () => {
    const { ipc, listeners } = fakeIpc();
    bindIpc(ipc, handlers, () => mainFrame);
    calls.length = 0;
    const foreign = frame('https://example.org/');
    expect(await listeners.get('frontier:sources.import')!(eventFrom(foreign), { fileName: 'a', dataBase64: 'A'.repeat(MAX_INPUT_BYTES + 1) })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await listeners.get('frontier:notes.create')!(eventFrom(foreign), JSON.parse('{"title":"x","__proto__":{}}'))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(calls).toEqual([]);
  });
});
