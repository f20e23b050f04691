import path from 'node:path';

/**
 * The app's settings.json in the user-data folder, as pure functions (settings-store.ts reads and
 * writes it). Today it remembers one thing: the notebook folder open when the app last ran.
 *
 * Unknown keys are kept when the file is rewritten, so a newer version's settings survive a run of
 * an older one; a known key with a bad value is dropped, never trusted.
 */
export interface Settings {
  /** Absolute path of the notebook folder to reopen. */
  lastNotebook?: string;
}

const MAX_PATH = 4096;

export function parseSettings(raw: unknown, isAbsolute: (p: string) => boolean = path.isAbsolute): Settings {
  if (!isRecord(raw)) return {};
  const last = raw['lastNotebook'];
  const valid = typeof last === 'string' && last.length > 0 && last.length <= MAX_PATH && !last.includes('\0') && isAbsolute(last);
  return valid ? { lastNotebook: last } : {};
}

/** The file's new contents with `lastNotebook` set, other keys kept as they were. */
export function withLastNotebook(raw: unknown, dir: string): Record<string, unknown> {
  return { ...(isRecord(raw) ? raw : {}), lastNotebook: dir };
}

export type OpenMode = 'open' | 'create' | 'open-or-create';

/**
 * Which notebook to open at start-up. The default folder is created on first run (as before); a
 * remembered folder is only ever opened, never created: if it has gone (a removed drive, a folder
 * moved away), recreating it empty would hide the loss.
 */
export function startupNotebook(settings: Settings, defaultDir: string): { dir: string; mode: OpenMode } {
  const last = settings.lastNotebook;
  if (last === undefined || path.resolve(last) === path.resolve(defaultDir)) return { dir: defaultDir, mode: 'open-or-create' };
  return { dir: last, mode: 'open' };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
