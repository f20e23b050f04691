import { readJsonFile, writeJsonFile } from './json-file';
import { parseSettings, withLastNotebook, type Settings } from './settings';

/** settings.json, validated (garbage reads as no settings). */
export async function loadSettings(file: string): Promise<Settings> {
  return parseSettings(await readJsonFile(file));
}

/** Remembers `dir` as the notebook to reopen, keeping the file's other keys. */
export async function rememberNotebook(file: string, dir: string): Promise<void> {
  await writeJsonFile(file, withLastNotebook(await readJsonFile(file), dir));
}
