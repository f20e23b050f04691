import { app, BrowserWindow, dialog, ipcMain, Menu, screen, shell, type MessageBoxOptions } from 'electron';
import { join } from 'node:path';
import { FrontierError } from '../../shared/ipc/errors';
import { systemClock } from '../core/context';
import { createHandlers } from '../core/handlers';
import { createTileService, TILE_SETTING_FILE_NAME } from '../core/map-tiles';
import { startSearchEarly } from '../core/search';
import { createServices } from '../core/services';
import { bindIpc } from './ipc';
import { createElectronOpener } from './open-external';
import { createTileServerConfirm } from './tile-server-confirm';
import { createElectronPrinter } from './print';
import { menuCommandScript } from '../../shared/ipc/menu-commands';
import { aboutDetail, buildMenuTemplate, type MenuActions } from './menu-template';
import { notebookCommand, openStartupNotebook, type NotebookDialogContext } from './notebook-dialogs';
import { NotebookSession, openNotebookStore } from './notebook-session';
import { bindAppProtocol, registerAppScheme } from './protocol';
import { createMainWindow } from './window';
import { WINDOW_SIZE } from './window-options';
import { restoreBounds } from './window-state';
import { loadWindowState, trackWindowState, type WindowStateTracker } from './window-state-store';

// Electron lifecycle only: everything it calls is plain Node in main/core, or a pure decision in
// main/app tested in Node (menu-template, window-state, notebook-choice, notebook-command, settings).
registerAppScheme();

const showMessageBox = (parent: BrowserWindow | undefined, options: MessageBoxOptions) => (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));

// Links leave the app only through here: the service's allowlist, then the user's yes (open-external.ts).
const openExternal = createElectronOpener({ showMessageBox, openExternal: (url) => shell.openExternal(url), window: () => window });

// The map's tile source: a setting of this machine, one for every notebook, kept in userData. A new
// tile server is kept only once the user says yes in main's own dialog (tile-server-confirm.ts).
const tiles = createTileService(join(app.getPath('userData'), TILE_SETTING_FILE_NAME), {
  confirmServer: createTileServerConfirm({ showMessageBox, window: () => window }),
});

const session = new NotebookSession({
  open: (dir, mode) => {
    // The search thread reads its index cache while the notebook opens; makeHandlers' services claim it.
    startSearchEarly(join(import.meta.dirname, 'search-worker.js'), dir);
    return openNotebookStore(dir, mode);
  },
  // The search index builds in a worker thread, bundled beside main.js (electron.vite.config.ts).
  makeHandlers: (store) =>
    createHandlers(
      createServices({
        store,
        now: systemClock,
        searchWorker: join(import.meta.dirname, 'search-worker.js'),
        extractWorker: join(import.meta.dirname, 'extract-worker.js'),
        printer: createElectronPrinter(),
        openExternal,
        tiles,
      }),
    ),
});
let window: BrowserWindow | undefined;
let windowState: WindowStateTracker | undefined;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });

  app.whenReady().then(start);

  // Flush the journal and absorb it into notebook.json before quitting; quit only once it is on disk.
  // On will-quit, not before-quit: by then the window has closed, and the saves its page sends as
  // it unloads (the note editor flushes on beforeunload) have reached the notebook.
  let closing = false;
  app.on('will-quit', (event) => {
    if (closing || !session.store) return;
    closing = true;
    event.preventDefault();
    Promise.all([session.close(), windowState?.saveNow()]).then(
      () => app.quit(),
      (err: unknown) => {
        const saved = err instanceof FrontierError ? err.message : String(err);
        dialog.showErrorBox('Frontier could not finish saving', saved);
        app.exit(1);
      },
    );
  });

  app.on('window-all-closed', () => app.quit());
}

async function start(): Promise<void> {
  const userData = app.getPath('userData');
  const ctx: NotebookDialogContext = { session, settingsFile: join(userData, 'settings.json'), window: () => window };

  // The last notebook open, else the default one the CLI also uses: <userData>/notebook.
  if (!(await openStartupNotebook(ctx, join(userData, 'notebook')))) {
    app.exit(1);
    return;
  }
  // Bound once: session.handlers always serves the notebook open now.
  bindIpc(ipcMain, session.handlers, () => window?.webContents.mainFrame);
  bindAppProtocol(join(import.meta.dirname, '../renderer'), tiles);
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(process.platform, menuActions(ctx), { dev: !app.isPackaged })));
  app.setAboutPanelOptions({ applicationName: 'Frontier', applicationVersion: app.getVersion() });

  const stateFile = join(userData, 'window-state.json');
  const displays = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()];
  const state = restoreBounds(await loadWindowState(stateFile), displays, WINDOW_SIZE);
  window = createMainWindow({ preloadPath: join(import.meta.dirname, '../preload/preload.cjs'), state });
  windowState = trackWindowState(window, stateFile);
  window.on('closed', () => (window = undefined));
}

function menuActions(ctx: NotebookDialogContext): MenuActions {
  return {
    // userGesture: the page may open its file picker in answer, as it would for the shortcut.
    sendToRenderer: (command) => void window?.webContents.executeJavaScript(menuCommandScript(command), true).catch(() => undefined),
    openNotebook: () => void notebookCommand('open', ctx),
    newNotebook: () => void notebookCommand('create', ctx),
    showAbout: () => {
      const options = {
        type: 'info' as const,
        title: 'About Frontier',
        message: 'Frontier',
        detail: aboutDetail({ app: app.getVersion(), electron: process.versions.electron, chrome: process.versions.chrome, node: process.versions.node }),
        buttons: ['OK'],
      };
      void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
    },
  };
}
