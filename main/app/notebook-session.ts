import path from 'node:path';
import { METHODS } from '../../shared/ipc/contract';
import { FrontierError } from '../../shared/ipc/errors';
import type { Handlers } from '../core/handlers';
import { NotebookStore, type StoreOptions } from '../core/store';
import { openOrCreateNotebook } from '../core/store/open-or-create';
import { titleForFolder } from './notebook-choice';
import type { OpenMode } from './settings';

/** What the session needs of a store (NotebookStore in the app, a fake in tests). */
export interface SessionStore {
  close(): Promise<void>;
}

export interface NotebookSessionDeps<S extends SessionStore> {
  open(dir: string, mode: OpenMode): Promise<S>;
  makeHandlers(store: S): Handlers;
  platform?: NodeJS.Platform;
}

export interface SwitchResult {
  /** False when `dir` is the notebook already open (nothing was done). */
  changed: boolean;
  /** The previous notebook could not be closed cleanly (its edits are in its journal all the same). */
  closeError?: unknown;
}

/**
 * The notebook the app has open, and the handlers serving it. `handlers` is one stable object
 * bound once to IPC (bindIpc); each of its methods calls the current notebook's handler, so
 * switching notebooks needs no rebinding.
 *
 * A switch opens the new notebook first — if that fails, the current one stays open and nothing
 * changes — then routes new requests to it, and only then closes the old one, once the requests
 * already running on it have finished (an import half-way through still lands where it began). Switches and close run one at a time.
 */
export class NotebookSession<S extends SessionStore = NotebookStore> {
  readonly handlers: Handlers;
  private current: Entry<S> | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(private readonly deps: NotebookSessionDeps<S>) {
    this.handlers = Object.fromEntries(
      METHODS.map((method) => [
        method,
        (input: unknown) => {
          // The notebook is chosen when the request arrives; a switch after that does not move it.
          const entry = this.active();
          const result = (entry.handlers[method] as (i: unknown) => unknown)(input);
          if (result instanceof Promise) track(entry.inFlight, result);
          return result;
        },
      ]),
    ) as unknown as Handlers;
  }

  get dir(): string | undefined {
    return this.current?.dir;
  }

  get store(): S | undefined {
    return this.current?.store;
  }

  /**
   * Opens (or creates) the notebook in `dir` and makes it current.
   *
   * `beforeActivate` runs after the new notebook has opened and before requests go to it: the app
   * reloads the page there and waits for the new page to commit, so that the saves the old page
   * sends as it unloads (autosave flushes on beforeunload) still reach the old notebook, and the
   * new page's first request already reaches the new one. If it fails, the switch goes ahead.
   */
  switchTo(dir: string, mode: OpenMode, beforeActivate?: () => Promise<void>): Promise<SwitchResult> {
    return this.serially(async () => {
      if (this.closed) throw new FrontierError('INTERNAL', 'Frontier is closing; no notebook can be opened now.');
      const resolved = path.resolve(dir);
      if (this.current && samePath(this.current.dir, resolved, this.deps.platform ?? process.platform)) return { changed: false };
      const store = await this.deps.open(resolved, mode);
      let handlers: Handlers;
      try {
        handlers = this.deps.makeHandlers(store);
      } catch (err) {
        await store.close().catch(() => undefined);
        throw err;
      }
      if (beforeActivate) await beforeActivate().catch(() => undefined);
      const previous = this.current;
      this.current = { dir: resolved, store, handlers, inFlight: new Set() };
      if (!previous) return { changed: true };
      try {
        await retire(previous);
        return { changed: true };
      } catch (closeError) {
        return { changed: true, closeError };
      }
    });
  }

  /** Closes the current notebook (flushing its edits); later requests fail with an error value. */
  close(): Promise<void> {
    return this.serially(async () => {
      this.closed = true;
      const previous = this.current;
      this.current = undefined;
      if (previous) await retire(previous);
    });
  }

  private active(): Entry<S> {
    if (!this.current) throw new FrontierError('INTERNAL', 'No notebook is open.');
    return this.current;
  }

  private serially<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

interface Entry<S> {
  dir: string;
  store: S;
  handlers: Handlers;
  /** Requests still running on this notebook. */
  inFlight: Set<Promise<unknown>>;
}

function track(set: Set<Promise<unknown>>, p: Promise<unknown>): void {
  set.add(p);
  const done = () => void set.delete(p);
  p.then(done, done);
}

/** Lets the requests already running on a notebook finish, then closes it (which flushes their edits). */
async function retire(entry: Entry<SessionStore>): Promise<void> {
  await Promise.allSettled([...entry.inFlight]);
  await entry.store.close();
}

/** Opens a notebook store as the desktop app does (absorbing the journal into notebook.json on close). */
export function openNotebookStore(dir: string, mode: OpenMode, options: StoreOptions = { compactOnClose: true }): Promise<NotebookStore> {
  if (mode === 'open-or-create') return openOrCreateNotebook(dir, options);
  if (mode === 'create') return NotebookStore.create(dir, { title: titleForFolder(dir) }, options);
  return NotebookStore.open(dir, options);
}

/** Whether two resolved paths name the same folder (case-insensitively where the file system usually is). */
export function samePath(a: string, b: string, platform: NodeJS.Platform): boolean {
  const fold = (p: string) => (platform === 'darwin' || platform === 'win32' ? p.toLowerCase() : p);
  return fold(path.resolve(a)) === fold(path.resolve(b));
}
