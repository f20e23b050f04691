import { contextBridge, ipcRenderer } from 'electron';
import { channelOf, METHODS } from '../../shared/ipc/contract';

/**
 * window.frontier: one function per contract method and nothing else — no raw ipcRenderer, no
 * generic send. Built into one CommonJS file because a sandboxed preload can require only
 * Electron's own modules (test/main/preload checks the bundle).
 */
const api = Object.fromEntries(
  METHODS.map((method) => {
    const channel = channelOf(method);
    return [method, (input: unknown) => ipcRenderer.invoke(channel, input)];
  }),
);

contextBridge.exposeInMainWorld('frontier', Object.freeze(api));
