import type { BrowserWindow, MessageBoxOptions } from 'electron';

/** The slice of Electron's dialog the confirmation uses, so tests can pass a fake. */
export interface ConfirmDeps {
  showMessageBox(window: BrowserWindow | undefined, options: MessageBoxOptions): Promise<{ response: number }>;
  window(): BrowserWindow | undefined;
}

const USE = 1;

/** What the analyst is asked before the map fetches tiles from a server: the whole template, and what it costs. */
export function tileServerDialog(template: string): MessageBoxOptions {
  return {
    type: 'warning',
    title: 'Map tiles from a server',
    message: 'Fetch map tiles from this server?',
    detail: `${template}\n\nFrontier will request tiles from it for every area you view on the map, so the server learns which places you look at. Use only a server you run or trust.`,
    buttons: ['Cancel', 'Use this server'],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
}

/** The desktop app's confirmTileServer: true only when the user picks "Use this server". */
export function createTileServerConfirm(deps: ConfirmDeps): (template: string) => Promise<boolean> {
  return async (template) => (await deps.showMessageBox(deps.window(), tileServerDialog(template))).response === USE;
}
