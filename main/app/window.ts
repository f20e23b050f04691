import { BrowserWindow, nativeTheme, type Session } from 'electron';
import { APP_ENTRY_URL, APP_ORIGIN } from './app-origin';
import { decideNavigation, decideWindowOpen } from './navigation';
import { isPermissionGranted } from './permissions';
import { buildWindowOptions } from './window-options';
import type { WindowState } from './window-state';

export interface CreateMainWindowOptions {
  /**
   * Absolute path of the built preload script, out/preload/preload.cjs. From the bundled
   * out/main/main.js: `path.join(import.meta.dirname, '../preload/preload.cjs')`.
   */
  preloadPath: string;
  /** Size, position and maximized / full-screen state to restore (restoreBounds' result). */
  state?: WindowState;
}

/**
 * Creates the hardened main window and loads app://frontier/index.html (served by
 * bindAppProtocol, which must be bound first). Guards (ARCHITECTURE §7):
 * - navigation away from the app origin is cancelled; no window.open, no <webview>;
 * - every permission request and check is denied (permissions.ts).
 *
 * External links: the renderer never navigates to or opens them itself. It calls the contract
 * method `shell.openExternal`, whose service opens only URLs that shared/security/external-links.ts
 * allows (https:, http:, mailto:), and only after the user confirms (open-external.ts).
 */
export function createMainWindow(opts: CreateMainWindowOptions): BrowserWindow {
  const window = new BrowserWindow(buildWindowOptions(opts.preloadPath, opts.state?.bounds, nativeTheme.shouldUseDarkColors));
  const { webContents } = window;

  hardenSession(webContents.session);

  webContents.on('will-navigate', (event) => {
    if (decideNavigation(event.url, APP_ORIGIN) === 'deny') event.preventDefault();
  });
  // A server-side redirect is a navigation too; our protocol never redirects, so any is suspect.
  webContents.on('will-redirect', (event) => {
    if (decideNavigation(event.url, APP_ORIGIN) === 'deny') event.preventDefault();
  });
  webContents.setWindowOpenHandler((details) => decideWindowOpen(details.url));
  // webviewTag is off; refuse anyway, should anything ever turn it on.
  webContents.on('will-attach-webview', (event) => event.preventDefault());

  window.once('ready-to-show', () => {
    // Maximize before showing, so the window appears once, at its size; full screen needs a shown window.
    if (opts.state?.maximized) window.maximize();
    window.show();
    if (opts.state?.fullScreen) window.setFullScreen(true);
  });
  // The window stays hidden if the page never loads; say why rather than fail silently.
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => {
    console.error(`Frontier: could not load ${APP_ENTRY_URL}:`, error);
  });
  return window;
}

/** Deny all permissions for the window's session (the default session unless a partition is set). */
function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_webContents, permission, callback) => {
    callback(isPermissionGranted(permission));
  });
  session.setPermissionCheckHandler((_webContents, permission) => isPermissionGranted(permission));
}
