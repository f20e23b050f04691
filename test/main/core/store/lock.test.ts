/**
 * One writer per notebook, across real processes: a second opener is refused with LOCKED and
 * touches nothing; the lock of a process that was killed is taken over.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FrontierError } from '../../../../shared/ipc/errors';
import { NotebookLock, UNREADABLE_LOCK_GRACE_MS } from '../../../../main/core/store/lock';
import { NotebookStore } from '../../../../main/core/store/notebook-store';
import { restoreNotebook } from '../../../../main/core/store/restore';
import { bundleFixture, exited, noteId, putNote, readTree, removeTempDirs, runCli, tempDir, waitForLine } from './store-kit';

let holderScript: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  holderScript = await bundleFixture(join(import.meta.dirname, 'fixtures/hold-open.ts'), tempDir());
});
afterEach(async () => {
  for (const c of children.splice(0)) {
    c.kill('SIGKILL');
    await exited(c);
  }
});
afterAll(removeTempDirs);

async function notebook(): Promise<string> {
  const dir = tempDir();
  await (await NotebookStore.create(dir, { title: 'Locked' })).close();
  const store = await NotebookStore.open(dir);
  await store.commit([putNote(1, 'written before the holder opened it')]);
  await store.close();
  return dir;
}

async function holder(dir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [holderScript, dir], { stdio: ['pipe', 'pipe', 'pipe'] });
  children.push(child);
  await waitForLine(child, /^ready \d+$/);
  return child;
}

const lockOwner = (dir: string) => JSON.parse(readFileSync(join(dir, '.lock'), 'utf8')) as { pid: number; host: string };

describe('the notebook lock between two processes', () => {
  it('refuses a second writer with LOCKED, in the library and the CLI, and changes nothing', async () => {
    const dir = await notebook();
    const child = await holder(dir);
    expect(lockOwner(dir).pid).toBe(child.pid);
    const before = readTree(dir, { withLock: true });

    const err = await NotebookStore.open(dir).then(
      async (s) => (await s.close(), undefined),
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ code: 'LOCKED' });
    expect((err as Error).message).toContain('open in another process');
    expect((err as Error).message).toContain(`pid ${child.pid}`);
    expect(readTree(dir, { withLock: true })).toEqual(before);

    const cli = runCli(dir, ['note', 'add', '--title', 'Second writer', '--body', 'must not land']);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain('open in another process');
    expect(readTree(dir, { withLock: true })).toEqual(before);

    await expect(restoreNotebook(dir)).rejects.toMatchObject({ code: 'LOCKED' });
    expect(readTree(dir, { withLock: true })).toEqual(before);

    // Readers need no lock: `info` works while the holder has the notebook open.
    const info = runCli(dir, ['info']);
    expect(info.code, info.stderr).toBe(0);
    expect(info.stdout).toMatch(/notes\s+1/);
  });

  it('takes over the stale lock of a process that was SIGKILLed', async () => {
    const dir = await notebook();
    const child = await holder(dir);
    const deadPid = child.pid!;
    child.kill('SIGKILL');
    await exited(child);
    expect(lockOwner(dir).pid).toBe(deadPid); // the killed process could not clean up

    const store = await NotebookStore.open(dir);
    expect(lockOwner(dir).pid).toBe(process.pid);
    expect(store.get('notes', noteId(1))?.body).toBe('written before the holder opened it');
    await store.commit([putNote(1, 'after the takeover')]);
    await store.close();
    expect(existsSync(join(dir, '.lock'))).toBe(false);
    expect(readdirSync(dir).filter((n) => n.startsWith('.lock'))).toEqual([]); // no .lock.stale-* left

    const cli = runCli(dir, ['note', 'show', noteId(1)]);
    expect(cli.code, cli.stderr).toBe(0);
    expect(cli.stdout).toContain('after the takeover');
  });

  it('is released when the holder closes the notebook normally', async () => {
    const dir = await notebook();
    const child = await holder(dir);
    child.stdin!.write('exit\n');
    await waitForLine(child, /^closed$/);
    await exited(child);
    expect(child.exitCode).toBe(0);
    expect(existsSync(join(dir, '.lock'))).toBe(false);
    const cli = runCli(dir, ['note', 'add', '--title', 'Now mine', '--body', 'ok']);
    expect(cli.code, cli.stderr).toBe(0);
  });
});


describe('a lock whose owner is not written yet', () => {
  // The moment between another process creating .lock and writing its pid into it. A lock made by
  // this Frontier is never seen so (it is linked into place whole), but one made without hard links,
  // or by an older Frontier, is; taking it for stale would let two writers in.
  it('an empty, fresh .lock is live: open refuses with LOCKED and leaves it alone', async () => {
    const dir = await notebook();
    writeFileSync(join(dir, '.lock'), '');
    const before = readTree(dir, { withLock: true });

    const err = await NotebookStore.open(dir).then(
      async (s) => {
        await s.close();
        return undefined;
      },
      (e: unknown) => e as FrontierError,
    );
    expect(err?.code).toBe('LOCKED');
    expect(err?.message).toContain('being opened by another process');
    expect(readTree(dir, { withLock: true })).toEqual(before);
    expect(() => NotebookLock.acquire(join(dir, '.lock'))).toThrow(/being opened/);
    const cli = runCli(dir, ['note', 'add', '--title', 'Second writer']);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toContain('being opened by another process');
    expect(readTree(dir, { withLock: true })).toEqual(before);
  });

  it('a half-written (unparsable) fresh .lock is live too', () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.lock'), '{"pid": 12');
    expect(() => NotebookLock.acquire(join(dir, '.lock'))).toThrow(/being opened/);
  });

  it('an empty .lock older than the grace period is a crash leftover: taken over', async () => {
    const dir = await notebook();
    const lock = join(dir, '.lock');
    writeFileSync(lock, '');
    const old = (Date.now() - UNREADABLE_LOCK_GRACE_MS - 1000) / 1000;
    utimesSync(lock, old, old);

    const store = await NotebookStore.open(dir);
    expect(lockOwner(dir).pid).toBe(process.pid);
    await store.commit([putNote(2, 'after taking over an empty lock')]);
    await store.close();
    expect(existsSync(lock)).toBe(false);
  });

  it('is created whole: the lock holds its owner, and no temp file is left beside it', () => {
    const dir = tempDir();
    const lock = NotebookLock.acquire(join(dir, '.lock'));
    expect(lockOwner(dir)).toMatchObject({ pid: process.pid });
    expect(readdirSync(dir)).toEqual(['.lock']);
    lock.release();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a lock temp file left by a crash is removed by the next writer', async () => {
    const dir = await notebook();
    writeFileSync(join(dir, '.lock.0123456789ab.tmp'), JSON.stringify({ pid: 1, host: 'x', since: '' }));
    const store = await NotebookStore.open(dir);
    await store.close();
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});
