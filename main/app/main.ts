import { app, BrowserWindow, dialog, ipcMain } from 'electron';
import { join } from 'node:path';
import { FrontierError } from '../../shared/ipc/errors';
import { systemClock } from '../core/context';
import { createHandlers } from '../core/handlers';
import { createServices } from '../core/services';
import { openOrCreateNotebook } from '../core/store/open-or-create';
import type { NotebookStore } from '../core/store';
import { bindIpc } from './ipc';
import { bindAppProtocol, registerAppScheme } from './protocol';
import { createMainWindow } from './window';

// Electron lifecycle only: everything it calls is plain Node in main/core and tested there.
registerAppScheme();

let store: NotebookStore | undefined;
let window: BrowserWindow | undefined;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });

  app.whenReady().then(async () => {
    try {
      // The same folder the CLI uses by default: <userData>/notebook.
      store = await openOrCreateNotebook(join(app.getPath('userData'), 'notebook'), { compactOnClose: true });
    } catch (err) {
      dialog.showErrorBox('Frontier cannot open the notebook', err instanceof Error ? err.message : String(err));
      app.exit(1);
      return;
    }
    bindIpc(ipcMain, createHandlers(createServices({ store, now: systemClock })), () => window?.webContents.mainFrame);
    bindAppProtocol(join(import.meta.dirname, '../renderer'));
    window = createMainWindow({ preloadPath: join(import.meta.dirname, '../preload/preload.cjs') });
  });

  // Flush the journal and absorb it into notebook.json before quitting; quit only once it is on disk.
  let closing = false;
  app.on('before-quit', (event) => {
    if (closing || !store) return;
    closing = true;
    event.preventDefault();
    store.close().then(
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
