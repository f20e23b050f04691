import { SCHEMA_VERSION, type NotebookMeta, type TlpLabel } from '../../../shared/model';
import type { CoreContext } from '../context';

export function createNotebookService(ctx: CoreContext) {
  const { store } = ctx;
  return {
    info() {
      return {
        path: store.paths.dir,
        schemaVersion: SCHEMA_VERSION,
        meta: store.meta,
        counts: { notes: store.count('notes'), sources: store.count('sources'), events: store.count('events') },
      };
    },

    async updateMeta(change: { title?: string; defaultTlp?: TlpLabel }): Promise<NotebookMeta> {
      const meta: NotebookMeta = {
        ...store.meta,
        ...(change.title !== undefined ? { title: change.title.trim() } : {}),
        ...(change.defaultTlp !== undefined ? { defaultTlp: change.defaultTlp } : {}),
      };
      await store.commit([{ op: 'meta', v: meta }]);
      return meta;
    },
  };
}
