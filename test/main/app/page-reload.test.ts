import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reloadAndWaitForCommit, type ReloadableContents } from '../../../main/app/page-reload';

class FakeContents extends EventEmitter implements ReloadableContents {
  reloads = 0;
  destroyed = false;
  reload() {
    this.reloads++;
  }
  isDestroyed() {
    return this.destroyed;
  }
}

describe('reloadAndWaitForCommit', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  const settledAfter = async (p: Promise<void>, ms: number) => {
    let done = false;
    void p.then(() => (done = true));
    await vi.advanceTimersByTimeAsync(ms);
    return done;
  };

  it.each(['did-navigate', 'did-fail-load', 'destroyed'])('reloads and waits for %s', async (event) => {
    const contents = new FakeContents();
    const p = reloadAndWaitForCommit(contents, 10_000);
    expect(contents.reloads).toBe(1);
    expect(await settledAfter(p, 1000)).toBe(false);
    contents.emit(event);
    expect(await settledAfter(p, 0)).toBe(true);
    // No listeners left behind.
    expect(contents.eventNames()).toEqual([]);
  });

  it('gives up waiting after the timeout', async () => {
    const contents = new FakeContents();
    const p = reloadAndWaitForCommit(contents, 10_000);
    expect(await settledAfter(p, 9_999)).toBe(false);
    expect(await settledAfter(p, 1)).toBe(true);
    expect(contents.eventNames()).toEqual([]);
  });

  it('resolves at once without a page to reload', async () => {
    await expect(reloadAndWaitForCommit(undefined)).resolves.toBeUndefined();
    const gone = new FakeContents();
    gone.destroyed = true;
    await reloadAndWaitForCommit(gone);
    expect(gone.reloads).toBe(0);
  });
});
