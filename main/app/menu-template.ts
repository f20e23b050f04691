import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/menu-commands';

/**
 * The application menu as data: a pure function of the platform, so its accelerators, roles and
 * platform differences are tested in plain Node. main.ts turns it into a Menu.
 *
 * Keyboard shortcuts of the renderer's own commands (renderer/features/palette/commands.ts) are
 * shown here with the same keys. The page sees a key press first and the menu only handles keys
 * the page left unhandled (not preventDefault-ed), so a shortcut the renderer handles never also
 * fires the menu item; the menu item is the way in by mouse, and the fallback when the page has
 * not loaded.
 */

export { MENU_COMMANDS, type MenuCommand } from '../../shared/ipc/menu-commands';

export interface MenuActions {
  /** Ask the renderer to run one of its commands (shared/ipc/menu-commands.ts says how). */
  sendToRenderer(command: MenuCommand): void;
  /** Choose a folder holding a notebook and switch to it. */
  openNotebook(): void;
  /** Choose an empty folder and create a notebook in it. */
  newNotebook(): void;
  /** Show name and version (Help ▸ About on Windows and Linux; macOS uses the about role). */
  showAbout(): void;
}

export interface MenuOptions {
  /** Development build: adds reload and the developer tools. Never in a packaged app. */
  dev?: boolean;
  appName?: string;
}

/**
 * An accelerator with the platform's command key spelled out (`Cmd` on macOS, `Ctrl` elsewhere)
 * rather than `CmdOrCtrl`, so the test sees what each platform gets.
 */
export function accelerator(platform: NodeJS.Platform, keys: string): string {
  return `${platform === 'darwin' ? 'Cmd' : 'Ctrl'}+${keys}`;
}

export function buildMenuTemplate(platform: NodeJS.Platform, actions: MenuActions, options: MenuOptions = {}): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const appName = options.appName ?? 'Frontier';
  const key = (keys: string) => accelerator(platform, keys);
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      { role: 'about', label: `About ${appName}` },
      separator,
      { role: 'services' },
      separator,
      { role: 'hide', label: `Hide ${appName}` },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit', label: `Quit ${appName}` },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: mac ? 'File' : '&File',
    submenu: [
      { label: 'New note', accelerator: key('Alt+N'), click: () => actions.sendToRenderer('new-note') },
      { label: 'New event', accelerator: key('Alt+E'), click: () => actions.sendToRenderer('new-event') },
      { label: 'Import source…', accelerator: key('O'), click: () => actions.sendToRenderer('import') },
      { label: 'Export dossier…', accelerator: key('Shift+E'), click: () => actions.sendToRenderer('export-dossier') },
      separator,
      { label: 'New notebook…', click: () => actions.newNotebook() },
      { label: 'Open notebook…', accelerator: key('Shift+O'), click: () => actions.openNotebook() },
      separator,
      { role: 'close', label: 'Close window' },
      // macOS quits from the app menu; Windows says Exit, Linux Quit.
      ...(mac ? [] : [{ role: 'quit', label: platform === 'win32' ? 'E&xit' : '&Quit' } satisfies MenuItemConstructorOptions]),
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: mac ? 'Edit' : '&Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(mac ? [{ role: 'pasteAndMatchStyle' } satisfies MenuItemConstructorOptions] : []),
      { role: 'delete' },
      separator,
      { role: 'selectAll' },
      separator,
      { label: 'Search', accelerator: key('Shift+F'), click: () => actions.sendToRenderer('search') },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: mac ? 'View' : '&View',
    submenu: [
      // Reload would drop an edit the page has not yet sent; the developer tools are for developers.
      ...(options.dev ? ([{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator] satisfies MenuItemConstructorOptions[]) : []),
      { label: 'Command palette…', accelerator: key('K'), click: () => actions.sendToRenderer('palette') },
      separator,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: mac ? 'Window' : '&Window',
    role: 'window',
    // Close window is in the File menu on every platform.
    submenu: mac ? [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }] : [{ role: 'minimize' }],
  };

  // macOS has About in the app menu; a Help menu holding nothing else would be empty there.
  const helpMenu: MenuItemConstructorOptions = {
    label: '&Help',
    role: 'help',
    submenu: [{ label: `&About ${appName}`, click: () => actions.showAbout() }],
  };

  return mac ? [appMenu, fileMenu, editMenu, viewMenu, windowMenu] : [fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}

/** The About box's text: versions only, read locally. Frontier never checks for updates. */
export function aboutDetail(versions: { app: string; electron?: string; chrome?: string; node?: string }): string {
  const lines = [
    `Version ${versions.app}`,
    'An offline research notebook. Nothing leaves this computer: no telemetry, no update checks.',
  ];
  const runtime = [
    versions.electron && `Electron ${versions.electron}`,
    versions.chrome && `Chromium ${versions.chrome}`,
    versions.node && `Node ${versions.node}`,
  ].filter(Boolean);
  if (runtime.length > 0) lines.push('', runtime.join(' · '));
  return lines.join('\n');
}
