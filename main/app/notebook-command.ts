import { decideNotebookChoice, type FolderInspection, type NotebookIntent } from './notebook-choice';
import type { SwitchResult } from './notebook-session';
import { startupNotebook, type OpenMode, type Settings } from './settings';

/** Everything "Open notebook…" / "New notebook…" does outside this module (dialogs, disk, session). */
export interface NotebookCommandDeps {
  /** The folder the user picked, or undefined when they cancelled. */
  chooseFolder(intent: NotebookIntent): Promise<string | undefined>;
  inspect(dir: string): Promise<FolderInspection>;
  /** Asks a yes/no question; resolves true on yes. */
  confirm(message: string): Promise<boolean>;
  /** Tells the user something went wrong or was refused. */
  warn(title: string, message: string): Promise<void>;
  /** Opens the notebook and moves the window onto it (NotebookSession.switchTo with a page reload). */
  switchTo(dir: string, mode: OpenMode): Promise<SwitchResult>;
  /** After a switch: remember the folder for the next start. */
  afterSwitch(dir: string): Promise<void>;
}

export type NotebookCommandOutcome = 'switched' | 'unchanged' | 'cancelled' | 'refused' | 'failed';

/**
 * The whole "Open notebook…" / "New notebook…" command, with every side effect injected so that
 * its branches are tested in plain Node: pick a folder → look at it → decide → (ask) → switch
 * (and reload the page) → remember. A failure to open leaves the current notebook open and says why.
 */
export async function runNotebookCommand(intent: NotebookIntent, deps: NotebookCommandDeps): Promise<NotebookCommandOutcome> {
  const title = intent === 'open' ? 'Open notebook' : 'New notebook';
  let dir: string;
  let result: SwitchResult;
  try {
    const folder = await deps.chooseFolder(intent);
    if (folder === undefined) return 'cancelled';
    const choice = decideNotebookChoice(folder, await deps.inspect(folder), intent);
    if (choice.action === 'refuse') {
      await deps.warn(title, choice.message);
      return 'refused';
    }
    if (choice.confirm !== undefined && !(await deps.confirm(choice.confirm))) return 'cancelled';
    dir = choice.dir;
    result = await deps.switchTo(dir, choice.action);
  } catch (err) {
    await deps.warn(title, messageOf(err)).catch(() => undefined);
    return 'failed';
  }
  if (!result.changed) return 'unchanged';
  // Switched: nothing below may report the switch as failed.
  if (result.closeError !== undefined) {
    await deps
      .warn(title, `The previous notebook was not closed cleanly: ${messageOf(result.closeError)} Its saved edits are in its journal and will be read when it is next opened.`)
      .catch(() => undefined);
  }
  await deps.afterSwitch(dir).catch((err: unknown) => deps.warn(title, `The notebook is open, but: ${messageOf(err)}`).catch(() => undefined));
  return 'switched';
}

/** What start-up does outside this module. */
export interface StartupDeps {
  switchTo(dir: string, mode: OpenMode): Promise<SwitchResult>;
  /** Remember the folder for the next start (failures are only logged). */
  remember(dir: string): Promise<void>;
  /** The remembered notebook failed to open: offer the default one instead; resolves true to accept. */
  offerDefault(failedDir: string, message: string): Promise<boolean>;
  /** Nothing could be opened: say why (the app then quits). */
  fail(message: string): void;
  log(message: string, err: unknown): void;
}

/**
 * Opens the notebook to start with (settings.ts `startupNotebook` picks it from the settings). If a remembered
 * notebook cannot be opened (gone, locked by the CLI, damaged), the user may fall back to the
 * default one; the folder that did open is remembered for next time. Resolves false when the app
 * has nothing to show and should quit.
 */
export async function runStartup(settings: Settings, defaultDir: string, deps: StartupDeps): Promise<boolean> {
  const plan = startupNotebook(settings, defaultDir);
  let opened = plan.dir;
  try {
    await deps.switchTo(plan.dir, plan.mode);
  } catch (err) {
    // The default notebook itself: nothing to fall back to.
    if (plan.mode === 'open-or-create') {
      deps.fail(messageOf(err));
      return false;
    }
    if (!(await deps.offerDefault(plan.dir, messageOf(err)))) return false;
    try {
      await deps.switchTo(defaultDir, 'open-or-create');
      opened = defaultDir;
    } catch (err2) {
      deps.fail(messageOf(err2));
      return false;
    }
  }
  if (opened !== settings.lastNotebook) await deps.remember(opened).catch((err: unknown) => deps.log('Frontier: could not remember the open notebook:', err));
  return true;
}

const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err));
