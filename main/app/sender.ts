import { isOnAppOrigin } from './app-origin';

/** The part of Electron's WebFrameMain that the check needs (structural, so tests need no Electron). */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

/**
 * Whether an IPC message comes from our window's own page: the sender frame must be the window's
 * main frame (the same object, not merely an equal-looking one), have no parent, and currently
 * show a page on the app origin. Subframes, other windows and a frame that has navigated away are
 * refused (Electron security checklist: validate the sender of all IPC messages).
 *
 * `frame` is `event.senderFrame` (null once the frame has navigated or been destroyed);
 * `mainFrame` is `window.webContents.mainFrame`.
 */
export function isTrustedSender(
  frame: SenderFrame | null | undefined,
  mainFrame: unknown,
  appOrigin: string,
): boolean {
  if (frame === null || frame === undefined || mainFrame === null || mainFrame === undefined) return false;
  if (frame !== mainFrame || frame.parent !== null) return false;
  return isOnAppOrigin(frame.url, appOrigin);
}
