import { dirname } from 'node:path';
import { dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';
import { inspectFolder } from './folder-inspection';
import type { NotebookIntent } from './notebook-choice';
import { runNotebookCommand, runStartup } from './notebook-command';
import type { NotebookSession } from './notebook-session';
import { reloadAndWaitForCommit } from './page-reload';
import { loadSettings, rememberNotebook } from './settings-store';

/**
 * Electron's dialogs for the notebook commands. Thin: the decisions are in notebook-choice.ts and
 * the flow in notebook-command.ts, both tested in Node.
 */
export interface NotebookDialogContext {
  session: NotebookSession;
  settingsFile: string;
  window(): BrowserWindow | undefined;
}

/** File ▸ Open notebook… / New notebook…: choose a folder, check it, switch, remember, reload. */
export async function notebookCommand(intent: NotebookIntent, ctx: NotebookDialogContext): Promise<void> {
  await runNotebookCommand(intent, {
    chooseFolder: (i) => chooseNotebookFolder(ctx.window(), i, ctx.session.dir),
    inspect: inspectFolder,
    confirm: (message) => ask(ctx.window(), message),
    warn: (title, message) => warn(ctx.window(), title, message),
    // The page holds the old notebook's lists and selection: it is reloaded onto the new one, and
    // requests switch over when the new page commits (see NotebookSession.switchTo).
    switchTo: (dir, mode) => ctx.session.switchTo(dir, mode, () => reloadAndWaitForCommit(ctx.window()?.webContents)),
    afterSwitch: (dir) => rememberNotebook(ctx.settingsFile, dir),
  });
}

/** Opens the remembered notebook (or the default one) before the window exists; false → quit. */
export async function openStartupNotebook(ctx: Omit<NotebookDialogContext, 'window'>, defaultDir: string): Promise<boolean> {
  return runStartup(await loadSettings(ctx.settingsFile), defaultDir, {
    switchTo: (dir, mode) => ctx.session.switchTo(dir, mode),
    remember: (dir) => rememberNotebook(ctx.settingsFile, dir),
    offerDefault: async (failedDir, message) => {
      const { response } = await dialog.showMessageBox({
        type: 'warning',
        title: 'Frontier',
        message: `Frontier could not open the notebook in ${failedDir}.`,
        detail: `${message}\n\nNothing in that folder was changed.`,
        buttons: ['Open the default notebook', 'Quit'],
        defaultId: 0,
        cancelId: 1,
        noLink: true,
      });
      return response === 0;
    },
    fail: (message) => dialog.showErrorBox('Frontier cannot open the notebook', message),
    log: (message, err) => console.warn(message, err),
  });
}

async function chooseNotebookFolder(window: BrowserWindow | undefined, intent: NotebookIntent, currentDir: string | undefined): Promise<string | undefined> {
  const options: OpenDialogOptions = {
    title: intent === 'open' ? 'Open notebook' : 'New notebook',
    buttonLabel: intent === 'open' ? 'Open' : 'Create notebook here',
    message: intent === 'open' ? 'Choose the folder of a Frontier notebook (it holds notebook.json).' : 'Choose or make an empty folder for the new notebook.',
    // Start beside the current notebook: other notebooks are likely its siblings.
    ...(currentDir ? { defaultPath: dirname(currentDir) } : {}),
    properties: ['openDirectory', 'createDirectory'],
  };
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled ? undefined : result.filePaths[0];
}

async function ask(window: BrowserWindow | undefined, message: string): Promise<boolean> {
  const options = { type: 'question' as const, message, buttons: ['Continue', 'Cancel'], defaultId: 0, cancelId: 1, noLink: true };
  const { response } = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
  return response === 0;
}

async function warn(window: BrowserWindow | undefined, title: string, message: string): Promise<void> {
  const options = { type: 'warning' as const, title, message: title, detail: message, buttons: ['OK'], noLink: true };
  if (window) await dialog.showMessageBox(window, options);
  else await dialog.showMessageBox(options);
}
