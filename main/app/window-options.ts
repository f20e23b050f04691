import path from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';
import type { Rect, WindowDefaults } from './window-state';

/** The main window's first-run size and its minimum (window-state.ts restores within these). */
export const WINDOW_SIZE: WindowDefaults = { width: 1280, height: 800, minWidth: 720, minHeight: 480 };

/**
 * The main window's options: Electron's security checklist, explicit even where it is already
 * the default, so a default that changes, or an edit here, shows up in review and in the test.
 *
 * @param preloadPath absolute path of the built preload (out/preload/preload.cjs).
 * @param bounds where to put the window (restoreBounds' result); centered at the default size if absent.
 * @param dark whether the OS uses dark colours (nativeTheme.shouldUseDarkColors), so that the window
 *   behind the page is the page's own background and a dark theme never flashes white.
 */
/** The page's --bg in its light and dark themes (renderer/styles.css). */
export const PAGE_BACKGROUND = { light: '#f7f7f5', dark: '#16191c' } as const;

export function buildWindowOptions(preloadPath: string, bounds?: Rect, dark = false): BrowserWindowConstructorOptions {
  // Electron silently ignores a relative preload path; fail loudly instead.
  if (!path.isAbsolute(preloadPath)) {
    throw new Error(`preloadPath must be absolute, got ${JSON.stringify(preloadPath)}`);
  }
  return {
    ...(bounds ?? { width: WINDOW_SIZE.width, height: WINDOW_SIZE.height, center: true }),
    minWidth: WINDOW_SIZE.minWidth,
    minHeight: WINDOW_SIZE.minHeight,
    title: 'Frontier',
    // Shown on 'ready-to-show', so the user never sees an unstyled flash.
    show: false,
    backgroundColor: dark ? PAGE_BACKGROUND.dark : PAGE_BACKGROUND.light,
    webPreferences: {
      preload: preloadPath,
      // The page cannot reach the preload's world, Node, or Electron internals.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // A file dropped on the window must reach our drop handler, not replace the page.
      navigateOnDragDrop: false,
      // Chromium's spellchecker downloads dictionaries from Google's CDN on Windows and Linux;
      // an offline notebook must not phone home. Re-enable only with a bundled dictionary.
      spellcheck: false,
    },
  };
}
