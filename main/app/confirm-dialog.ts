import type { BrowserWindow, MessageBoxOptions } from 'electron';

/** The slice of Electron's dialog a confirmation uses, so tests can pass a fake. */
export interface ConfirmDeps {
  showMessageBox(window: BrowserWindow | undefined, options: MessageBoxOptions): Promise<{ response: number }>;
  window(): BrowserWindow | undefined;
}

/**
 * A yes-or-no question in main's own window: buttons [Cancel, yes], Cancel the default and the
 * escape answer, so a stray Enter or Escape agrees to nothing. True only for the second button.
 */
export function confirmOptions(o: { type: 'question' | 'warning'; title: string; message: string; detail: string; yes: string }): MessageBoxOptions {
  return { type: o.type, title: o.title, message: o.message, detail: o.detail, buttons: ['Cancel', o.yes], defaultId: 0, cancelId: 0, noLink: true };
}

export async function askInMain(deps: ConfirmDeps, options: MessageBoxOptions): Promise<boolean> {
  return (await deps.showMessageBox(deps.window(), options)).response === 1;
}
