import { existsSync, readFileSync } from 'node:fs';

import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { channelOf, METHODS } from '../../../shared/ipc/contract';
import { built } from '../../helpers/build-dir';

const bundle = built('preload/preload.cjs');

/**
 * A sandboxed preload may require only Electron's own modules. The built file is read and run in a
 * bare VM context with a fake `electron`, which proves it needs nothing else and exposes exactly
 * one function per contract method that invokes exactly that method's channel.
 */
describe('built preload (out/preload/preload.cjs; run `npm run build` first)', () => {
  it('exists', () => {
    expect(existsSync(bundle), 'build the app first: npm run build').toBe(true);
  });

  it('requires nothing but electron', () => {
    const code = readFileSync(bundle, 'utf8');
    const required = [...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
  });

  it('exposes window.frontier with one function per contract method and nothing else', async () => {
    const exposed: Record<string, unknown> = {};
    const invoked: Array<[string, unknown]> = [];
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
      ipcRenderer: {
        invoke: async (channel: string, input: unknown) => (invoked.push([channel, input]), { ok: true, value: null }),
        send: () => {
          throw new Error('the preload must not send');
        },
      },
    };
    const requireStub = (name: string) => {
      if (name !== 'electron') throw new Error(`the preload required ${name}`);
      return electron;
    };
    runInNewContext(readFileSync(bundle, 'utf8'), { require: requireStub, module: { exports: {} }, exports: {}, console });
    expect(Object.keys(exposed)).toEqual(['frontier']);
    const api = exposed['frontier'] as Record<string, (input: unknown) => Promise<unknown>>;
    expect(Object.keys(api).sort()).toEqual([...METHODS].sort());
    expect(Object.isFrozen(api)).toBe(true);
    for (const m of METHODS) {
      expect(typeof api[m]).toBe('function');
      await api[m]!({ probe: m });
    }
    expect(invoked).toEqual(METHODS.map((m) => [channelOf(m), { probe: m }]));
  });
});
