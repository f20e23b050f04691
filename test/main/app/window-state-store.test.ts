import { EventEmitter } from 'node:events';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { readJsonFile, writeJsonFile } from '../../../main/app/json-file';
import { loadWindowState, trackWindowState, type TrackedWindow } from '../../../main/app/window-state-store';
import type { Rect } from '../../../main/app/window-state';

class FakeWindow extends EventEmitter implements TrackedWindow {
  bounds: Rect = { x: 10, y: 20, width: 1000, height: 700 };
  maximized = false;
  fullScreen = false;
  destroyed = false;
  getNormalBounds = () => ({ ...this.bounds });
  isMaximized = () => this.maximized;
  isFullScreen = () => this.fullScreen;
  isDestroyed = () => this.destroyed;
}

function recordWrites() {
  const writes: Array<{ file: string; value: unknown }> = [];
  return { writes, write: async (file: string, value: unknown) => void writes.push({ file, value }) };
}

describe('trackWindowState', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('writes once the window has been still for the delay, not on every move', async () => {
    const win = new FakeWindow();
    const { writes, write } = recordWrites();
    trackWindowState(win, '/u/window-state.json', { write, delayMs: 500 });
    for (let i = 0; i < 20; i++) {
      win.bounds = { ...win.bounds, x: 10 + i };
      win.emit('move');
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(500);
    expect(writes).toEqual([{ file: '/u/window-state.json', value: { version: 1, bounds: { x: 29, y: 20, width: 1000, height: 700 }, maximized: false, fullScreen: false } }]);
  });

  it('writes at once on close, and cancels the pending write', async () => {
    const win = new FakeWindow();
    const { writes, write } = recordWrites();
    trackWindowState(win, 'f', { write, delayMs: 500 });
    win.bounds = { x: 1, y: 2, width: 800, height: 600 };
    win.emit('resize');
    win.emit('close');
    await vi.advanceTimersByTimeAsync(0);
    expect(writes).toHaveLength(1);
    expect(writes[0]?.value).toMatchObject({ bounds: { x: 1, y: 2, width: 800, height: 600 } });
    await vi.advanceTimersByTimeAsync(1000);
    expect(writes).toHaveLength(1);
  });

  it('records maximized and full screen with the normal bounds', async () => {
    const win = new FakeWindow();
    const { writes, write } = recordWrites();
    trackWindowState(win, 'f', { write, delayMs: 10 });
    win.maximized = true;
    win.emit('maximize');
    await vi.advanceTimersByTimeAsync(10);
    win.fullScreen = true;
    win.emit('enter-full-screen');
    await vi.advanceTimersByTimeAsync(10);
    expect(writes.map((w) => w.value)).toEqual([
      { version: 1, bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: true, fullScreen: false },
      { version: 1, bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: true, fullScreen: true },
    ]);
  });

  it('skips a write when nothing changed, and after the window is destroyed', async () => {
    const win = new FakeWindow();
    const { writes, write } = recordWrites();
    const tracker = trackWindowState(win, 'f', { write });
    await tracker.saveNow();
    await tracker.saveNow();
    win.emit('close');
    expect(writes).toHaveLength(1);
    win.destroyed = true;
    win.bounds = { x: 0, y: 0, width: 900, height: 900 };
    await tracker.saveNow();
    expect(writes).toHaveLength(1);
  });

  it('logs a failed write and tries again next time; writes land in order', async () => {
    const win = new FakeWindow();
    const order: number[] = [];
    const log = vi.fn();
    let fail = true;
    const write = async (_file: string, value: unknown) => {
      const x = (value as { bounds: Rect }).bounds.x;
      await new Promise((r) => setTimeout(r, x === 1 ? 50 : 0)); // the first write is slow
      if (fail) {
        fail = false;
        throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
      }
      order.push(x);
    };
    const tracker = trackWindowState(win, 'f', { write, log });
    win.bounds = { ...win.bounds, x: 1 };
    const first = tracker.saveNow();
    win.bounds = { ...win.bounds, x: 2 };
    const second = tracker.saveNow();
    await vi.advanceTimersByTimeAsync(100);
    await Promise.all([first, second]);
    expect(log).toHaveBeenCalledTimes(1);
    expect(order).toEqual([2]);
    // The failed state is written again when it comes back.
    win.bounds = { ...win.bounds, x: 1 };
    const third = tracker.saveNow();
    await vi.advanceTimersByTimeAsync(100);
    await third;
    expect(order).toEqual([2, 1]);
  });
});

describe('window-state.json on disk', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'frontier-window-state-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes durably through a temp file, leaving only the file behind', async () => {
    const file = path.join(dir, 'nested', 'window-state.json');
    await writeJsonFile(file, { version: 1, a: 'Душанбе' });
    await writeJsonFile(file, { version: 1, a: 'Kabul' });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ version: 1, a: 'Kabul' });
    expect(await readdir(path.dirname(file))).toEqual(['window-state.json']);
    expect(await loadWindowState(file)).toEqual({ version: 1, a: 'Kabul' });
  });

  it('reads a missing or garbled file as undefined', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      expect(await readJsonFile(path.join(dir, 'absent.json'))).toBeUndefined();
      const garbled = path.join(dir, 'garbled.json');
      await writeFile(garbled, '{"version":1,"bounds":{"x":');
      expect(await readJsonFile(garbled)).toBeUndefined();
      expect(await readJsonFile(dir)).toBeUndefined(); // a folder: EISDIR
    } finally {
      warn.mockRestore();
    }
  });

  it('tracks a window into a real file', async () => {
    const file = path.join(dir, 'tracked.json');
    const win = new FakeWindow();
    await trackWindowState(win, file).saveNow();
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ version: 1, bounds: win.bounds, maximized: false, fullScreen: false });
  });
});
