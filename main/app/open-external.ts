import type { BrowserWindow, MessageBoxOptions } from 'electron';

/** The slice of Electron's dialog and shell the opener uses, so tests can pass fakes. */
export interface OpenerDeps {
  showMessageBox(window: BrowserWindow | undefined, options: MessageBoxOptions): Promise<{ response: number }>;
  openExternal(url: string): Promise<void>;
  window(): BrowserWindow | undefined;
}

const OPEN = 1;

/**
 * The confirmation shown before a link leaves Frontier. The whole URL is shown as the detail, so the
 * analyst sees exactly where it goes (the service has already refused look-alike characters), and
 * Cancel is the default, so a stray Enter opens nothing.
 */
export function externalLinkDialog(url: string): MessageBoxOptions {
  return {
    type: 'question',
    title: 'Open link',
    message: 'Open this link outside Frontier?',
    detail: `${url}\n\nIt opens in your browser or mail program, which will contact the site: the site learns your address and what you opened.`,
    buttons: ['Cancel', 'Open link'],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
}

/** Asks, then hands the (already allowlisted, canonical) URL to the OS; true when it was opened. */
export function createElectronOpener(deps: OpenerDeps): (url: string) => Promise<boolean> {
  return async (url) => {
    const { response } = await deps.showMessageBox(deps.window(), externalLinkDialog(url));
    if (response !== OPEN) return false;
    await deps.openExternal(url);
    return true;
  };
}
