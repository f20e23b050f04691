import { FrontierError } from '../../../shared/ipc/errors';
import { parseCitations } from '../../../shared/links';
import type { Source, SourcePatch } from '../../../shared/model';
import type { CoreContext } from '../context';
import { importFile, type ImportOutcome, type ImportRequest } from '../imports';
import type { StoreOp } from '../store';
import { hasTag, normalizeTags } from '../tags';
import { sortItems } from '../sorting';

export type { ImportRequest, ImportOutcome };

/** Optional fields a patch may clear with null. */
const CLEARABLE = ['outlet', 'author', 'url', 'language', 'publishedAt', 'accessedAt'] as const;

export function createSourcesService(ctx: CoreContext) {
  const { store } = ctx;
  const textCache = new Map<string, string>();

  function get(id: string): Source {
    const source = store.get('sources', id);
    if (!source) throw new FrontierError('NOT_FOUND', `No source with id ${id}.`);
    return source;
  }

  async function text(id: string): Promise<string> {
    const source = get(id);
    const cached = textCache.get(source.textHash);
    if (cached !== undefined) return cached;
    const value = (await store.blobs.get(source.textHash)).toString('utf8');
    textCache.set(source.textHash, value);
    return value;
  }

  return {
    get,
    text,

    list(query: { tag?: string; sort?: 'updated' | 'created' | 'title' } = {}): Source[] {
      const items = [...store.all('sources')].filter((s) => !query.tag || hasTag(s.tags, query.tag));
      return sortItems(items, query.sort ?? 'updated');
    },

    /**
     * Imports a file: a document (text, Markdown, HTML, PDF) becomes one source; an ACLED export
     * becomes events and their sources; a CSL-JSON export becomes one source per reference. The
     * same file (same sha256) is recognised and answered with what it created, so importing twice
     * creates nothing. See imports/import-file.ts for the order that keeps a failed import harmless.
     */
    importFile(req: ImportRequest): Promise<ImportOutcome> {
      return importFile(ctx, req, (hash, value) => textCache.set(hash, value));
    },

    async update(id: string, patch: SourcePatch): Promise<Source> {
      const next: Record<string, unknown> = { ...get(id) };
      for (const [key, value] of Object.entries(patch)) {
        if (value === undefined) continue;
        if (value === null && (CLEARABLE as readonly string[]).includes(key)) delete next[key];
        else if (value !== null) next[key] = key === 'tags' ? normalizeTags(value as string[]) : value;
      }
      next['updated'] = ctx.now().toISOString();
      await store.commit([{ op: 'put', c: 'sources', v: next }]);
      return store.get('sources', id)!;
    },

    /**
     * Deletes a source. A source that notes still cite is kept unless `force` is given, because a
     * citation without its source loses the evidence behind a judgement. Events drop the reference.
     */
    async delete(id: string, force = false): Promise<Source> {
      const source = get(id);
      const citing = [...store.all('notes')].filter((n) => parseCitations(n.body).some((c) => c.sourceId === id));
      if (citing.length > 0 && !force) {
        throw new FrontierError(
          'CONFLICT',
          `"${source.title}" is cited by ${citing.length} note(s): ${citing.map((n) => `"${n.title}"`).join(', ')}. Remove the citations first, or delete with force.`,
        );
      }
      const now = ctx.now().toISOString();
      const ops: StoreOp[] = [{ op: 'del', c: 'sources', id }];
      for (const e of store.all('events')) {
        if (e.sourceIds.includes(id)) ops.push({ op: 'put', c: 'events', v: { ...e, sourceIds: e.sourceIds.filter((s) => s !== id), updated: now } });
      }
      await store.commit(ops);
      return source;
    },
  };
}

export type SourcesService = ReturnType<typeof createSourcesService>;
