import type { MessageBoxOptions } from 'electron';
import { askInMain, confirmOptions, type ConfirmDeps } from './confirm-dialog';

/** What the analyst is asked before the map fetches tiles from a server: the whole template, and what it costs. */
export function tileServerDialog(template: string): MessageBoxOptions {
  return confirmOptions({
    type: 'warning',
    title: 'Map tiles from a server',
    message: 'Fetch map tiles from this server?',
    detail: `${template}\n\nFrontier will request tiles from it for every area you view on the map, so the server learns which places you look at. Use only a server you run or trust.`,
    yes: 'Use this server',
  });
}

/** The desktop app's confirmServer for the tile service: true only when the user picks "Use this server". */
export function createTileServerConfirm(deps: ConfirmDeps): (template: string) => Promise<boolean> {
  return (template) => askInMain(deps, tileServerDialog(template));
}
