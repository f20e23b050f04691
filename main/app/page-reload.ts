/** The part of Electron's WebContents that reloadAndWaitForCommit uses (structural, for tests). */
export interface ReloadableContents {
  reload(): void;
  isDestroyed(): boolean;
  once(event: 'did-navigate' | 'did-fail-load' | 'destroyed', listener: () => void): unknown;
  removeListener(event: 'did-navigate' | 'did-fail-load' | 'destroyed', listener: () => void): unknown;
}

/**
 * Reloads the page and resolves once the new document has committed ('did-navigate'), the load
 * failed, the contents went away, or `timeoutMs` passed — whichever comes first; never rejects.
 *
 * Why the commit: the old document sends its last saves while it unloads (beforeunload, then
 * visibilitychange as it is replaced), and the renderer reports the commit only after that, on the
 * same channel, so every request received before 'did-navigate' is the old page's; the new page
 * cannot send anything before its scripts have been served, which happens after.
 */
export function reloadAndWaitForCommit(contents: ReloadableContents | undefined, timeoutMs = 10_000): Promise<void> {
  if (!contents || contents.isDestroyed()) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const events = ['did-navigate', 'did-fail-load', 'destroyed'] as const;
    const done = () => {
      clearTimeout(timer);
      for (const event of events) contents.removeListener(event, done);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    for (const event of events) contents.once(event, done);
    contents.reload();
  });
}
