/**
 * One writer per notebook, across real processes: a second opener is refused with LOCKED and
 * touches nothing; the lock of a process that was killed is taken over.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
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

