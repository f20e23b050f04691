import { readJsonFile, writeJsonFile } from './json-file';
import { serializeBounds, type Rect } from './window-state';

/** The part of BrowserWindow the tracker uses (structural, so it is tested with a fake window). */
export interface TrackedWindow {
  on(event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'enter-full-screen' | 'leave-full-screen' | 'close', listener: () => void): unknown;
  getNormalBounds(): Rect;
  isMaximized(): boolean;
  isFullScreen(): boolean;
  isDestroyed(): boolean;
}

export interface WindowStateTracker {
  /** Writes the window's state now, unless unchanged since the last write; resolves once it is on disk. */
  saveNow(): Promise<void>;
}

export interface TrackOptions {
  /** Quiet period after the last resize or move before writing. */
  delayMs?: number;
  write?: (file: string, value: unknown) => Promise<void>;
  log?: (message: string, err: unknown) => void;
}

/** window-state.json as last written, or undefined; restoreBounds validates whatever it is. */
export const loadWindowState = (file: string): Promise<unknown> => readJsonFile(file);

/**
 * Keeps `file` in step with the window: a resize or a move is written once the window has been
 * still for `delayMs` (dragging emits dozens of events a second), and closing writes at once.
 * Writes are queued one after the other, so an older state never lands after a newer one.
 */
export function trackWindowState(window: TrackedWindow, file: string, options: TrackOptions = {}): WindowStateTracker {
  const delayMs = options.delayMs ?? 500;
  const write = options.write ?? ((path: string, value: unknown) => writeJsonFile(path, value));
  const log = options.log ?? ((message: string, err: unknown) => console.warn(message, err));
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastWritten: string | undefined;
  let queue: Promise<void> = Promise.resolve();

  const saveNow = (): Promise<void> => {
    clearTimeout(timer);
    timer = undefined;
    if (window.isDestroyed()) return queue;
    const state = serializeBounds({ bounds: window.getNormalBounds(), maximized: window.isMaximized(), fullScreen: window.isFullScreen() });
    const text = JSON.stringify(state);
    if (text === lastWritten) return queue;
    lastWritten = text;
    queue = queue
      .then(() => write(file, state))
      .catch((err: unknown) => {
        if (lastWritten === text) lastWritten = undefined; // not on disk: write it again next time
        log(`Frontier: could not save the window's size and position to ${file}:`, err);
      });
    return queue;
  };

  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void saveNow(), delayMs);
  };

  for (const event of ['resize', 'move', 'maximize', 'unmaximize', 'enter-full-screen', 'leave-full-screen'] as const) window.on(event, later);
  window.on('close', () => void saveNow());
  return { saveNow };
}
