import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { runCli } from '../helpers/run-cli';
import { tempDir } from '../helpers/temp-notebook';
import { openBrowser, serve, type BrowserSession, type Served } from './harness';

export interface ServedNotebookOptions {
  /** Given to `init --title`; the page is ready once the notebook's heading shows it. Without one, nothing is waited for. */
  title?: string;
  /** More `init` arguments (`--sample`); false runs no `init`, for a seed that writes the notebook itself. */
  init?: string[] | false;
  /** Fills the notebook before the host starts: given the notebook's folder and the temp folder. */
  seed?: (nb: string, tmp: string) => unknown;
  /** false leaves the page blank, for a test that opens the served URL itself. */
  goto?: boolean;
  /** What to wait for once the page is open, instead of the heading with the title. */
  ready?: (page: Page) => Promise<unknown>;
}

export interface ServedNotebook {
  /** The notebook's folder, `nb` in the temp folder. */
  readonly nb: string;
  readonly tmp: { dir: string; cleanup: () => void };
  /** The host; a test that restarts it (on another notebook) sets the new one, so that afterAll stops it. */
  served: Served;
  readonly b: BrowserSession;
  readonly page: Page;
  /** No console error, and no request left 127.0.0.1. */
  clean: () => void;
}

/**
 * Registers, in the calling describe block, a notebook in a temp folder (`init`, then `seed`), the
 * browser-mode host on it and Chromium on its page; afterAll closes the browser, stops the host and
 * removes the folder. served, b and page are there once beforeAll has run.
 */
export function servedNotebook(options: ServedNotebookOptions = {}): ServedNotebook {
  const { title, init = [], seed, goto = true, ready } = options;
  const tmp = tempDir();
  const nb = join(tmp.dir, 'nb');
  let served: Served | undefined;
  let b: BrowserSession | undefined;
  const started = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`${name} is there once servedNotebook's beforeAll has run`);
    return value;
  };

  beforeAll(async () => {
    if (init) {
      const r = runCli(nb, ['init', ...(title === undefined ? [] : ['--title', title]), ...init]);
      expect(r.code, r.stderr).toBe(0);
    }
    await seed?.(nb, tmp.dir);
    served = await serve(nb);
    b = await openBrowser();
    if (!goto) return;
    await b.page.goto(served.url);
    if (ready) await ready(b.page);
    else if (title !== undefined) await b.page.getByRole('heading', { name: title }).waitFor();
  });
  afterAll(async () => {
    // Whatever a test checked, no request may have left 127.0.0.1 (ARCHITECTURE §3): the whole
    // suite fails here even where a test did not call clean().
    const external = b?.external() ?? [];
    await b?.close();
    await served?.stop();
    tmp.cleanup();
    expect(external, 'requests left 127.0.0.1').toEqual([]);
  });

  return {
    nb,
    tmp,
    get served() {
      return started(served, 'served');
    },
    set served(next) {
      served = next;
    },
    get b() {
      return started(b, 'b');
    },
    get page() {
      return started(b, 'b').page;
    },
    clean: () => {
      const session = started(b, 'b');
      expect(session.consoleErrors, session.consoleErrors.join('\n')).toEqual([]);
      expect(session.external()).toEqual([]);
    },
  };
}
