/**
 * Shared helpers for the durability tests: temp folders, valid notes, a byte-exact picture of a
 * notebook folder, an FsLayer that records every call and can fail any of them, and an esbuild
 * step that turns a TypeScript fixture into a script a child process can run.
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { build } from 'esbuild';
import type { Note } from '../../../../shared/model';
import { nodeFs, type FileHandleLike, type FsLayer } from '../../../../main/core/store/fs-layer';
import { encodeRecord, type JournalOp } from '../../../../main/core/store/journal-format';
import { built } from '../../../helpers/build-dir';

export const ROOT = resolve(import.meta.dirname, '../../../..');
export const CLI = built('main/cli.js');

// ---------------------------------------------------------------- temp folders

const made: string[] = [];

/** A fresh folder under the OS temp dir; remove them all with {@link removeTempDirs} (afterAll). */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'frontier-'));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

// ---------------------------------------------------------------- notes

/** A valid note id for a small number: `n_000000000007`. */
export const noteId = (k: number): string => `n_${k.toString(36).padStart(12, '0')}`;

export function makeNote(k: number, body: string, at = new Date()): Note {
  const ts = at.toISOString();
  return { id: noteId(k), title: `Note ${k}`, body, tags: [], created: ts, updated: ts };
}

export const putNote = (k: number, body: string) => ({ op: 'put' as const, c: 'notes' as const, v: makeNote(k, body) });

/** One journal line, exactly as the store writes it. */
export const encodeForJournal = (seq: number, ...ops: JournalOp[]): Buffer => encodeRecord({ seq, at: new Date().toISOString(), ops });

// ---------------------------------------------------------------- the folder, byte for byte

/** Every file under `dir` (relative path → bytes); the lock is left out (it comes and goes with opens). */
export function readTree(dir: string, { withLock = false } = {}): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (withLock || name !== '.lock') out.set(relative(dir, full), readFileSync(full));
    }
  };
  walk(dir);
  return out;
}

/** File names (recursively) that look like a durable-write temp file. */
export const tempFiles = (dir: string): string[] => [...readTree(dir).keys()].filter((p) => p.endsWith('.tmp'));

// ---------------------------------------------------------------- a recording, failing FsLayer

export type FsOp =
  | 'open'
  | 'openDir'
  | 'readFile'
  | 'rename'
  | 'unlink'
  | 'link'
  | 'copyFile'
  | 'mkdir'
  | 'readdir'
  | 'stat'
  | 'write'
  | 'read'
  | 'sync'
  | 'datasync'
  | 'truncate'
  | 'size'
  | 'close';

export interface FsCall {
  op: FsOp;
  /** The file the call is about: the path argument, or the path the handle was opened with. */
  path: string;
  /** rename / link / copyFile: the second path. */
  to?: string;
  flags?: string;
}

export interface Fault {
  op: FsOp;
  /** Matched against `path` (and, for rename, against `to` as well). */
  path: RegExp;
  code: 'ENOSPC' | 'EIO' | (string & {});
  /** How many matching calls fail (default 1); Infinity for a disk that stays full. */
  times?: number;
  /** write only: let the first half of the bytes reach the file before failing, like a real ENOSPC. */
  partial?: boolean;
  /** Runs just before the call fails (to act while the failing operation is in flight). */
  before?: () => void;
}

export const errnoError = (code: string, syscall: string, path: string): NodeJS.ErrnoException =>
  Object.assign(new Error(`${code}: injected failure, ${syscall} '${path}'`), { code, syscall, path });

/**
 * Wraps the real file system: records every call in order (`calls`, plus `mark()` for the test's
 * own events), and fails the calls that match an injected {@link Fault} with an errno-style error.
 */
export class RecordingFs implements FsLayer {
  readonly calls: Array<FsCall | { op: 'mark'; path: string }> = [];
  private faults: Array<Fault & { left: number }> = [];

  constructor(private readonly real: FsLayer = nodeFs) {}

  inject(fault: Fault): void {
    this.faults.push({ ...fault, left: fault.times ?? 1 });
  }

  clearFaults(): void {
    this.faults = [];
  }

  /** Records a test event (e.g. "the commit promise resolved") in the same sequence as the fs calls. */
  mark(label: string): void {
    this.calls.push({ op: 'mark', path: label });
  }

  /** The recorded calls as short strings, e.g. `sync /tmp/x/.notebook.json.ab12.tmp`. */
  trace(): string[] {
    return this.calls.map((c) => `${c.op} ${c.path}${'to' in c && c.to ? ` -> ${c.to}` : ''}`);
  }

  private check(call: FsCall): Fault | undefined {
    this.calls.push(call);
    const f = this.faults.find((f) => f.left > 0 && f.op === call.op && (f.path.test(call.path) || (call.to !== undefined && f.path.test(call.to))));
    if (!f) return undefined;
    f.left--;
    return f;
  }

  private fail(f: Fault, call: FsCall): never {
    f.before?.();
    throw errnoError(f.code, call.op, call.path);
  }

  private async run<T>(call: FsCall, real: () => Promise<T>): Promise<T> {
    const f = this.check(call);
    if (f) this.fail(f, call);
    return real();
  }

  private wrap(h: FileHandleLike, path: string): FileHandleLike {
    const run = <T>(op: FsOp, real: () => Promise<T>) => this.run({ op, path }, real);
    return {
      write: async (data, position) => {
        const call: FsCall = { op: 'write', path };
        const f = this.check(call);
        if (f) {
          if (f.partial && data.length > 1) await h.write(data.subarray(0, data.length >> 1), position);
          this.fail(f, call);
        }
        return h.write(data, position);
      },
      read: (buffer, position) => run('read', () => h.read(buffer, position)),
      sync: () => run('sync', () => h.sync()),
      datasync: () => run('datasync', () => h.datasync()),
      truncate: (length) => run('truncate', () => h.truncate(length)),
      size: () => run('size', () => h.size()),
      close: () => run('close', () => h.close()),
    };
  }

  open: FsLayer['open'] = async (path, flags) => this.wrap(await this.run({ op: 'open', path, flags }, () => this.real.open(path, flags)), path);
  openDir: FsLayer['openDir'] = async (path) => {
    const h = await this.run({ op: 'openDir', path }, () => this.real.openDir(path));
    return h && this.wrap(h, path);
  };
  readFile: FsLayer['readFile'] = (path) => this.run({ op: 'readFile', path }, () => this.real.readFile(path));
  rename: FsLayer['rename'] = (from, to) => this.run({ op: 'rename', path: from, to }, () => this.real.rename(from, to));
  unlink: FsLayer['unlink'] = (path) => this.run({ op: 'unlink', path }, () => this.real.unlink(path));
  link: FsLayer['link'] = (from, to) => this.run({ op: 'link', path: from, to }, () => this.real.link(from, to));
  copyFile: FsLayer['copyFile'] = (from, to) => this.run({ op: 'copyFile', path: from, to }, () => this.real.copyFile(from, to));
  mkdir: FsLayer['mkdir'] = (path) => this.run({ op: 'mkdir', path }, () => this.real.mkdir(path));
  readdir: FsLayer['readdir'] = (path) => this.run({ op: 'readdir', path }, () => this.real.readdir(path));
  stat: FsLayer['stat'] = (path) => this.run({ op: 'stat', path }, () => this.real.stat(path));
}

/** Index of the first recorded call matching `pred`, after index `from`; -1 when there is none. */
export function findCall(calls: RecordingFs['calls'], pred: (c: RecordingFs['calls'][number]) => boolean, from = -1): number {
  for (let i = from + 1; i < calls.length; i++) if (pred(calls[i]!)) return i;
  return -1;
}

// ---------------------------------------------------------------- child processes

/**
 * Bundles a TypeScript fixture (and the store source it imports, zod and lowdb included) into one
 * ESM file that `node` can run from anywhere.
 */
export async function bundleFixture(entry: string, outDir: string): Promise<string> {
  const outfile = join(outDir, `${entry.replace(/^.*\//, '').replace(/\.ts$/, '')}.mjs`);
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    minify: true, // less to parse: child start-up is most of the kill test's time
    logLevel: 'error',
    // zod and lowdb are ESM; a require() shim keeps any CommonJS dependency working in an .mjs.
    banner: { js: "import { createRequire as __frontierRequire } from 'node:module'; const require = __frontierRequire(import.meta.url);" },
  });
  return outfile;
}

/** The built CLI; the suite does not build it (run `npx electron-vite build` once first). */
export function builtCli(): string {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npx electron-vite build\` before the store's CLI tests.`);
  return CLI;
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `frontier --notebook DIR …args` in a child process. */
export function runCli(dir: string, args: string[]): CliResult {
  const r = spawnSync(process.execPath, [builtCli(), '--notebook', dir, ...args], { encoding: 'utf8', timeout: 20_000 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Resolves with the first line of the child's stdout that matches, or rejects when it exits or times out. */
export function waitForLine(child: ChildProcess, pattern: RegExp, timeoutMs = 10_000): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    let seen = '';
    let stderr = '';
    const done = (fn: () => void) => {
      clearTimeout(timer);
      child.stdout!.off('data', onData);
      child.stderr?.off('data', onErr);
      child.off('exit', onExit);
      fn();
    };
    const onData = (chunk: Buffer) => {
      seen += chunk.toString('utf8');
      const line = seen.split('\n').find((l) => pattern.test(l));
      if (line !== undefined) done(() => resolvePromise(line));
    };
    const onErr = (chunk: Buffer) => (stderr += chunk.toString('utf8'));
    const onExit = (code: number | null) => done(() => reject(new Error(`child exited (${code}) before printing ${pattern}: ${stderr}`)));
    const timer = setTimeout(() => done(() => reject(new Error(`no ${pattern} from the child in ${timeoutMs} ms: ${stderr}`))), timeoutMs);
    child.stdout!.on('data', onData);
    child.stderr?.on('data', onErr);
    child.on('exit', onExit);
  });
}

/** Resolves once the child has exited and been reaped (so its pid is really gone). */
export const exited = (child: ChildProcess): Promise<void> =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((r) => child.once('exit', () => r()));
