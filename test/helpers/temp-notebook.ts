import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandlers } from '../../main/core/handlers';
import { createServices } from '../../main/core/services';
import { NotebookStore, type StoreOptions } from '../../main/core/store';

export function tempDir(prefix = 'frontier-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A fresh notebook in a temp folder, with services and handlers over it and a controllable clock. */
export async function openTempNotebook(options: StoreOptions = {}) {
  const { dir, cleanup } = tempDir();
  let clock = Date.parse('2021-10-09T08:00:00.000Z');
  const now = () => new Date((clock += 1000));
  const store = await NotebookStore.create(join(dir, 'nb'), { title: 'Test notebook' }, { now, ...options });
  const services = createServices({ store, now });
  const handlers = createHandlers(services);
  return {
    dir: join(dir, 'nb'),
    store,
    services,
    handlers,
    now,
    async dispose() {
      await store.close().catch(() => undefined);
      cleanup();
    },
  };
}
