import type { MessageBoxOptions } from 'electron';
import { askInMain, confirmOptions, type ConfirmDeps } from './confirm-dialog';

/** The dialog and Electron's shell.openExternal, so tests can pass fakes. */
export interface OpenerDeps extends ConfirmDeps {
  openExternal(url: string): Promise<void>;
}

/**
 * The confirmation shown before a link leaves Frontier. The whole URL is shown as the detail, so the
 * analyst sees exactly where it goes (the service has already refused look-alike characters).
 */
export function externalLinkDialog(url: string): MessageBoxOptions {
  return confirmOptions({
    type: 'question',
    title: 'Open link',
    message: 'Open this link outside Frontier?',
    detail: `${url}\n\nIt opens in your browser or mail program, which will contact the site: the site learns your address and what you opened.`,
    yes: 'Open link',
  });
}

/** Asks, then hands the (already allowlisted, canonical) URL to the OS; true when it was opened. */
export function createElectronOpener(deps: OpenerDeps): (url: string) => Promise<boolean> {
  return async (url) => {
    if (!(await askInMain(deps, externalLinkDialog(url)))) return false;
    await deps.openExternal(url);
    return true;
  };
}
