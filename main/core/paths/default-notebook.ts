import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The OS user-data folder exactly as Electron's `app.getPath('userData')` computes it for the
 * product name "Frontier", so that the desktop app and the CLI open the same notebook.
 */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = homedir()): string {
  let appData: string;
  if (platform === 'win32') appData = env['APPDATA'] ?? join(home, 'AppData', 'Roaming');
  else if (platform === 'darwin') appData = join(home, 'Library', 'Application Support');
  else appData = env['XDG_CONFIG_HOME'] || join(home, '.config');
  return join(appData, 'Frontier');
}

/** `FRONTIER_NOTEBOOK` overrides; otherwise `<userData>/notebook`. */
export function defaultNotebookDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home = homedir()): string {
  return env['FRONTIER_NOTEBOOK'] || join(userDataDir(env, platform, home), 'notebook');
}
