import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

import { built } from './build-dir';

export const CLI = built('main/cli.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  json<T = unknown>(): T;
}

/** Runs the built `frontier` command as a subprocess, as a user's shell would. */
export function runCli(notebook: string, args: string[], input?: string): CliResult {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
  const r = spawnSync(process.execPath, [CLI, '--notebook', notebook, ...args], {
    encoding: 'utf8',
    input: input ?? '',
    env: { ...process.env, FRONTIER_NOTEBOOK: '' },
    timeout: 30_000,
  });
  return {
    code: r.status ?? -1,
    stdout: r.stdout,
    stderr: r.stderr,
    json<T>() {
      return JSON.parse(r.stdout) as T;
    },
  };
}
