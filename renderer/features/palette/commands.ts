import type { AppActions } from '../../state/app-context';

export interface Command {
  id: string;
  label: string;
  /** Shown in the palette and the buttons' titles; `Mod` is Ctrl (Cmd on macOS). */
  shortcut?: string;
  /** Matches a keydown to this command's shortcut. */
  matches?: (e: KeyboardEvent) => boolean;
  run(app: AppActions): void;
}

const mod = (e: KeyboardEvent) => e.ctrlKey || e.metaKey;

/** The app's commands, in one list that the palette, the keyboard handler and the toolbar share. */
export const COMMANDS: Command[] = [
  { id: 'palette', label: 'Command palette', shortcut: 'Mod+K', matches: (e) => mod(e) && !e.altKey && e.key.toLowerCase() === 'k', run: (a) => a.dispatch({ type: 'palette', open: true }) },
  { id: 'new-note', label: 'New note', shortcut: 'Mod+Alt+N', matches: (e) => mod(e) && e.altKey && e.code === 'KeyN', run: (a) => void a.newNote() },
  { id: 'new-event', label: 'New event', shortcut: 'Mod+Alt+E', matches: (e) => mod(e) && e.altKey && e.code === 'KeyE', run: (a) => a.newEvent() },
  { id: 'import', label: 'Import source', shortcut: 'Mod+O', matches: (e) => mod(e) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'o', run: (a) => a.requestImport() },
  { id: 'export-dossier', label: 'Export dossier', shortcut: 'Mod+Shift+E', matches: (e) => mod(e) && e.shiftKey && !e.altKey && e.code === 'KeyE', run: (a) => a.dispatch({ type: 'select', selection: { kind: 'dossier' } }) },
  { id: 'search', label: 'Search', shortcut: 'Mod+Shift+F', matches: (e) => mod(e) && e.shiftKey && e.code === 'KeyF', run: () => document.getElementById('sidebar-search')?.focus() },
];

export const isMac = (): boolean => /Mac|iPhone|iPad/.test(navigator.platform);
export const shortcutText = (s: string): string => (isMac() ? s.replace('Mod', '⌘').replace('Alt', '⌥').replace('Shift', '⇧') : s.replace('Mod', 'Ctrl'));
