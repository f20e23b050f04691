/**
 * The durability order as the kernel sees it: the real CLI under strace, the log parsed into
 * (time-ordered) syscalls with their file descriptors resolved to paths.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtCli, removeTempDirs, runCli, tempDir } from './store-kit';

const STRACE = ['/usr/bin/strace', '/bin/strace'].find((p) => existsSync(p));
const TRACED = 'openat,open,write,pwrite64,fsync,fdatasync,rename,renameat,renameat2,link,linkat,close';

interface Syscall {
  pid: number;
  name: string;
  args: string;
  result: number;
  /** For calls on a file descriptor: the path it was opened with. */
  fdPath?: string;
  /** For openat/rename: the (first, second) path arguments. */
  paths: string[];
}

/**
 * Parses `strace -f -o LOG` output. Calls split across threads (`<unfinished ...>` / `<... x resumed>`)
 * are joined and ordered by when they returned; fds are resolved with the openat that returned them
 * (one node process, so one fd table shared by its threads).
 */
function parseStrace(log: string): Syscall[] {
  const started = new Map<number, string>();
  const done: Array<{ pid: number; text: string }> = [];
  for (const line of log.split('\n')) {
    const m = /^(\d+)\s+(.*)$/.exec(line);
    if (!m) continue;
    const pid = Number(m[1]);
    let text = m[2]!;
    if (text.endsWith('<unfinished ...>')) {
      started.set(pid, text.slice(0, -'<unfinished ...>'.length).trimEnd());
      continue;
    }
    const resumed = /^<\.\.\. \w+ resumed>(.*)$/.exec(text);
    if (resumed) {
      text = (started.get(pid) ?? '') + resumed[1]!;
      started.delete(pid);
    }
    done.push({ pid, text });
  }
  const fds = new Map<number, string>();
  const calls: Syscall[] = [];
  for (const { pid, text } of done) {
    const m = /^(\w+)\((.*)\)\s+=\s+(-?\d+)/.exec(text);
    if (!m) continue;
    const [, name, args, res] = m as unknown as [string, string, string, string];
    const result = Number(res);
    const paths = [...args.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((x) => x[1]!);
    const call: Syscall = { pid, name, args, result, paths };
    const fd = Number(/^(\d+)/.exec(args)?.[1]);
    if (['write', 'pwrite64', 'fsync', 'fdatasync', 'close'].includes(name) && fds.has(fd)) call.fdPath = fds.get(fd)!;
    if ((name === 'openat' || name === 'open') && result >= 0) fds.set(result, paths[0]!);
    if (name === 'close') fds.delete(fd);
    calls.push(call);
  }
  return calls;
}

function straced(dir: string, args: string[]): { code: number | null; calls: Syscall[]; stderr: string } {
  const log = join(tempDir(), 'strace.log');
  const r = spawnSync(STRACE!, ['-f', '-s', '256', '-e', `trace=${TRACED}`, '-o', log, process.execPath, builtCli(), '--notebook', dir, ...args], {
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: r.status, calls: parseStrace(readFileSync(log, 'utf8')), stderr: r.stderr };
}

const index = (calls: Syscall[], pred: (c: Syscall) => boolean, from = -1) => {
  for (let i = from + 1; i < calls.length; i++) if (pred(calls[i]!)) return i;
  return -1;
};

const TITLE = STRACE
  ? 'durability order under strace (real process, real kernel)'
  : 'durability order under strace — SKIPPED: strace is not installed (apt-get install strace; .ci/run installs it)';

describe.skipIf(!STRACE)(TITLE, () => {
  let dir: string;

  beforeAll(() => {
    builtCli();
    dir = realpathSync(tempDir());
    expect(runCli(dir, ['init', '--title', 'Strace']).code).toBe(0);
    for (const t of ['Alpha', 'Beta', 'Gamma']) {
      const r = runCli(dir, ['note', 'add', '--title', t, '--body', `about ${t}`]);
      expect(r.code, r.stderr).toBe(0);
    }
  });
  afterAll(removeTempDirs);

  it('backup (a compaction): notebook.json temp is fsynced before the rename, the folder after it', () => {
    const { code, calls, stderr } = straced(dir, ['backup']);
    expect(code, stderr).toBe(0);
    const snapshot = join(dir, 'notebook.json');
    const isTemp = (p: string | undefined) => !!p && p.startsWith(join(dir, '.notebook.json.')) && p.endsWith('.tmp');

    const rename = index(calls, (c) => c.name.startsWith('rename') && c.result === 0 && isTemp(c.paths[0]) && c.paths[1] === snapshot);
    expect(rename, 'no rename of a notebook.json temp file onto notebook.json in the trace').toBeGreaterThanOrEqual(0);
    const temp = calls[rename]!.paths[0]!;

    const open = index(calls, (c) => (c.name === 'openat' || c.name === 'open') && c.paths[0] === temp && c.result >= 0);
    const write = index(calls, (c) => (c.name === 'write' || c.name === 'pwrite64') && c.fdPath === temp && c.result > 0, open);
    const fsync = index(calls, (c) => c.name === 'fsync' && c.fdPath === temp && c.result === 0, write);
    expect(open).toBeGreaterThanOrEqual(0);
    expect(write).toBeGreaterThan(open);
    expect(fsync).toBeGreaterThan(write);
    expect(fsync).toBeLessThan(rename);

    const dirFsync = index(calls, (c) => c.name === 'fsync' && c.fdPath === dir && c.result === 0, rename);
    expect(dirFsync, 'no fsync of the notebook folder after the rename').toBeGreaterThan(rename);

    // The journal is emptied only after that: truncation is not traced, but its fsync is.
    const journalFsync = index(calls, (c) => c.name === 'fsync' && c.fdPath === join(dir, 'journal.ndjson'), rename);
    expect(journalFsync).toBeGreaterThan(dirFsync);
  });

  it('the lock: .lock is never created empty; it is written whole under a temp name, fsynced, then linked into place', () => {
    const { code, calls, stderr } = straced(dir, ['note', 'add', '--title', 'Locked', '--body', 'traced']);
    expect(code, stderr).toBe(0);
    const lock = join(dir, '.lock');
    expect(calls.filter((c) => (c.name === 'openat' || c.name === 'open') && c.paths[0] === lock && /O_CREAT/.test(c.args))).toEqual([]);
    const link = index(calls, (c) => c.name.startsWith('link') && c.result === 0 && c.paths[1] === lock);
    expect(link, 'no link onto .lock in the trace').toBeGreaterThanOrEqual(0);
    const temp = calls[link]!.paths[0]!;
    const write = index(calls, (c) => c.name === 'write' && c.fdPath === temp && c.args.includes(String.raw`\"pid\":`));
    const fsync = index(calls, (c) => c.name === 'fsync' && c.fdPath === temp, write);
    expect(write).toBeGreaterThanOrEqual(0);
    expect(fsync).toBeGreaterThan(write);
    expect(fsync).toBeLessThan(link);
  });

  it('note add: journal.ndjson is fdatasync-ed before the process exits with success', () => {
    const { code, calls, stderr } = straced(dir, ['note', 'add', '--title', 'Delta', '--body', 'traced']);
    expect(code, stderr).toBe(0);
    const journal = join(dir, 'journal.ndjson');
    const append = index(calls, (c) => (c.name === 'write' || c.name === 'pwrite64') && c.fdPath === journal && c.result > 0);
    expect(append, 'no write to journal.ndjson in the trace').toBeGreaterThanOrEqual(0);
    expect(calls[append]!.args).toContain('Delta');
    const datasync = index(calls, (c) => (c.name === 'fdatasync' || c.name === 'fsync') && c.fdPath === journal && c.result === 0, append);
    expect(datasync, 'no fdatasync of journal.ndjson after the append').toBeGreaterThan(append);
    // The command prints the new note's id only once the commit resolved: after the fdatasync.
    const printed = index(calls, (c) => c.name === 'write' && /^1,/.test(c.args) && c.args.includes('Delta'));
    expect(printed).toBeGreaterThan(datasync);
    expect(runCli(dir, ['note', 'show', 'Delta']).stdout).toContain('traced');
  });
});
