import type { Cdp } from '../core/dossier/edit-document';

/** The part of Electron's webContents.debugger that editing a printed document needs. */
export interface DebuggerLike {
  isAttached(): boolean;
  attach(protocolVersion?: string): void;
  sendCommand(method: string, commandParams?: object): Promise<unknown>;
  detach(): void;
}

/**
 * Electron's built-in DevTools client as the Cdp that editDocument speaks (playwright gives the
 * CLI's engine the same thing): attached for one edit, detached after it.
 */
export function cdpOfDebugger(dbg: DebuggerLike): Cdp {
  if (!dbg.isAttached()) dbg.attach('1.3');
  const send = (method: string, params: object) => dbg.sendCommand(method, params) as Promise<never>;
  return {
    send,
    detach: async () => {
      if (dbg.isAttached()) dbg.detach();
    },
  };
}
