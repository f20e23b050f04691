import { isOnAppOrigin } from './app-origin';

/**
 * Navigation decisions for the main window (window.ts binds them). Pure, so they are tested in
 * plain Node.
 */

export type NavigationDecision = 'allow' | 'deny';

/**
 * `will-navigate` / `will-redirect`: the window may only ever show our own pages. A link the
 * user clicks never navigates the app window; external links go through the contract's
 * `shell.openExternal`, which asks the user first.
 */
export function decideNavigation(url: string, appOrigin: string): NavigationDecision {
  return isOnAppOrigin(url, appOrigin) ? 'allow' : 'deny';
}

/**
 * `setWindowOpenHandler`: Frontier is one window; `window.open` and `target="_blank"` never
 * create another one, whatever the URL (a second window would escape the guards above).
 */
export function decideWindowOpen(_url: string): { action: 'deny' } {
  return { action: 'deny' };
}
