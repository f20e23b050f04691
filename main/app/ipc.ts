import type { IpcMainInvokeEvent } from 'electron';
import { channelOf, METHODS } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';
import type { Handlers } from '../core/handlers';
import { dispatch } from '../core/rpc/dispatch';
import { APP_ORIGIN } from './app-origin';
import { isTrustedSender } from './sender';

/** The part of ipcMain this module uses; main.ts passes the real one, tests a recorder. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>): void;
}

/**
 * Binds every contract method to `frontier:<method>` through one wrapper: refuse a sender that is
 * not our window's main frame, then the shared dispatch gate (validation, errors as values).
 * Channels outside the contract have no handler at all, so Electron refuses them.
 */
export function bindIpc(ipcMain: IpcMainLike, handlers: Handlers, mainFrame: () => unknown, log: (msg: string, err?: unknown) => void = console.error): void {
  for (const method of METHODS) {
    ipcMain.handle(channelOf(method), async (event, input): Promise<Result<unknown>> => {
      if (!isTrustedSender(event.senderFrame, mainFrame(), APP_ORIGIN)) {
        return { ok: false, error: { code: 'FORBIDDEN', message: `${method}: refused a request from a frame that is not the Frontier window.` } };
      }
      return dispatch(handlers, method, input, { onInternalError: (m, err) => log(`Frontier: ${m} failed`, err) });
    });
  }
}
