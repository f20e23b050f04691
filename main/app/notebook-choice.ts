import path from 'node:path';

/**
 * What to do with the folder the user picked in "Open notebook…" or "New notebook…". Pure: the
 * folder has been looked at already (folder-inspection.ts). Two rules above all:
 * - never create a notebook in a folder that holds other files (it would mix with them, and a
 *   later `frontier backup --to` or a sync would carry them along);
 * - never create over a damaged notebook: its journal, blobs and backups are the user's data, and
 *   `frontier restore` is how it comes back.
 */

export type NotebookIntent = 'open' | 'create';

export type FolderInspection =
  | { kind: 'missing' }
  | { kind: 'not-a-folder' }
  | { kind: 'folder'; names: readonly string[] };

export type NotebookChoice =
  /** `confirm`: ask the user this question first, and go ahead only on yes. */
  | { action: 'open'; dir: string; confirm?: string }
  | { action: 'create'; dir: string; confirm?: string }
  | { action: 'refuse'; message: string };

/** Files the operating system puts into any folder a file manager has shown; they do not make it "not empty". */
export const IGNORED_NAMES: ReadonlySet<string> = new Set(['.DS_Store', '.localized', 'Thumbs.db', 'desktop.ini']);

/** What only a notebook folder holds besides notebook.json (ARCHITECTURE §4). */
const NOTEBOOK_TRACES = ['journal.ndjson', 'blobs', 'backups'];

export function decideNotebookChoice(folder: string, inspection: FolderInspection, intent: NotebookIntent): NotebookChoice {
  const dir = path.resolve(folder);
  if (inspection.kind === 'not-a-folder') return { action: 'refuse', message: `${dir} is a file, not a folder. A notebook is a folder.` };
  if (inspection.kind === 'missing') {
    return intent === 'create' ? { action: 'create', dir } : { action: 'refuse', message: `${dir} does not exist.` };
  }

  const names = inspection.names.filter((n) => !IGNORED_NAMES.has(n));
  if (names.includes('notebook.json')) {
    return intent === 'open'
      ? { action: 'open', dir }
      : { action: 'open', dir, confirm: `${dir} already holds a Frontier notebook. Frontier never creates a notebook over another one. Open this one instead?` };
  }

  const traces = NOTEBOOK_TRACES.filter((t) => names.includes(t));
  if (traces.length > 0) {
    return {
      action: 'refuse',
      message:
        `${dir} looks like a damaged Frontier notebook: notebook.json is missing, but ${traces.join(', ')} ${traces.length === 1 ? 'is' : 'are'} there. ` +
        'Frontier will not open it or put a new notebook over it. ' +
        `Run \`frontier --notebook ${quoteArg(dir)} restore\` to bring back the newest good backup, then open it again.`,
    };
  }

  if (names.length === 0) {
    return intent === 'create' ? { action: 'create', dir } : { action: 'create', dir, confirm: `${dir} is empty. Create a new notebook in it?` };
  }

  const shown = names.slice(0, 3).join(', ') + (names.length > 3 ? ', …' : '');
  return {
    action: 'refuse',
    message:
      intent === 'create'
        ? `${dir} already holds other files (${shown}). Frontier creates a notebook only in an empty folder, so that it never mixes with your files. Choose or make an empty folder.`
        : `${dir} is not a Frontier notebook: it has no notebook.json, only other files (${shown}). Choose the notebook's own folder, the one that holds notebook.json.`,
  };
}

/** The title of a notebook created in `dir`: the folder's name, which is what the user just typed. */
export function titleForFolder(dir: string): string {
  const name = path.basename(path.resolve(dir)).trim();
  return name.length > 0 && name.length <= 200 ? name : 'My notebook';
}

/** Quotes a path for the shell when it needs it (for the message only; nothing runs it). */
function quoteArg(p: string): string {
  return /^[\w@%+=:,./\\-]+$/u.test(p) ? p : `"${p.replace(/(["\\$`])/g, '\\$1')}"`;
}
