import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FrontierError } from '../../../shared/ipc/errors';

/**
 * Where the system's Chromium (or Chrome) usually is, per platform. Frontier never downloads a
 * browser: it prints with the one the machine has, or the one FRONTIER_CHROMIUM names.
 */
export function chromiumCandidates(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string[] {
  const fromEnv = env['FRONTIER_CHROMIUM'] ? [env['FRONTIER_CHROMIUM']] : [];
  if (platform === 'darwin') {
    return [
      ...fromEnv,
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
  }
  if (platform === 'win32') {
    const roots = [env['PROGRAMFILES'], env['PROGRAMFILES(X86)'], env['LOCALAPPDATA']].filter((r): r is string => !!r);
    return [
      ...fromEnv,
      ...roots.flatMap((r) => [join(r, 'Chromium', 'Application', 'chrome.exe'), join(r, 'Google', 'Chrome', 'Application', 'chrome.exe'), join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe')]),
    ];
  }
  return [...fromEnv, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/usr/bin/microsoft-edge'];
}

/** The Chromium to print with, or an error that says what was looked for and how to fix it. */
export function findChromium(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, exists: (p: string) => boolean = existsSync): string {
  const fromEnv = env['FRONTIER_CHROMIUM'];
  if (fromEnv && !exists(fromEnv)) throw new FrontierError('UNSUPPORTED', `FRONTIER_CHROMIUM is set to ${fromEnv}, which does not exist.`);
  const candidates = chromiumCandidates(platform, env);
  const found = candidates.find((p) => exists(p));
  if (!found) {
    throw new FrontierError(
      'UNSUPPORTED',
      `Printing a PDF needs Chromium or Google Chrome, and none was found (looked in ${candidates.join(', ')}). Install Chromium (Debian/Ubuntu: apt-get install chromium) or set FRONTIER_CHROMIUM to the browser's executable.`,
    );
  }
  return found;
}
