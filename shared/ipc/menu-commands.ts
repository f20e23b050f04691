/**
 * The application menu's way into the renderer. The preload exposes the contract's methods and
 * nothing else, so a menu item does not message the page over IPC: main runs a fixed script in the
 * page (webContents.executeJavaScript) that raises a DOM event, and the renderer runs the command
 * as if its keyboard shortcut had been pressed. The script is built from these constants only,
 * never from anything a user or a document supplied.
 */

/** Renderer commands the menu triggers; ids as in renderer/features/palette/commands.ts. */
export const MENU_COMMANDS = ['new-note', 'new-event', 'import', 'export-dossier', 'palette', 'search'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** The DOM event (a CustomEvent on window whose detail is the command id). */
export const MENU_COMMAND_EVENT = 'frontier-menu-command';

export const isMenuCommand = (x: unknown): x is MenuCommand => typeof x === 'string' && (MENU_COMMANDS as readonly string[]).includes(x);

/** The script that raises the event for `command` in the page. */
export function menuCommandScript(command: MenuCommand): string {
  if (!isMenuCommand(command)) throw new Error(`Not a menu command: ${JSON.stringify(command)}`);
  return `window.dispatchEvent(new CustomEvent(${JSON.stringify(MENU_COMMAND_EVENT)}, { detail: ${JSON.stringify(command)} }))`;
}
