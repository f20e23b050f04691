import { FrontierError } from '../../../shared/ipc/errors';
import { parseCitations } from '../../../shared/links';
import type { Credibility, Reliability, Source, SourceKind, SourcePatch } from '../../../shared/model';
import type { CoreContext } from '../context';
import { newId } from '../ids';
import { sha256Hex, type StoreOp } from '../store';
import { hasTag, normalizeTags } from '../tags';
import { sortItems } from '../sorting';
import { decodeText } from './decode-text';
import { mediaTypeOf } from './import-formats';
import { readTextMetadata } from './text-metadata';

export interface ImportRequest {
  fileName: string;
  data: Uint8Array;
  title?: string;
  reliability?: Reliability;
  credibility?: Credibility;
  kind?: SourceKind;
  tags?: string[];
}

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
     * Imports a file as a source: the original bytes and the extracted text go to blobs/ first,
     * then one journal record adds the source. The same file (same sha256) is recognised and
     * returned as it is, so importing twice creates nothing.
     */
    async importFile(req: ImportRequest): Promise<{ source: Source; duplicate: boolean }> {
      const mediaType = mediaTypeOf(req.fileName);
      const sha = sha256Hex(req.data);
      for (const s of store.all('sources')) if (s.original?.sha256 === sha) return { source: s, duplicate: true };

      const content = decodeText(req.data, req.fileName);
      const meta = readTextMetadata(content);
      const textBytes = Buffer.from(content, 'utf8');
      await store.blobs.put(req.data);
      const textHash = await store.blobs.put(textBytes);
      const now = ctx.now();
      const title = req.title?.trim() || meta.title || req.fileName;
      const source: Source = {
        id: newId('source', now.getTime()),
        title,
        ...(meta.outlet ? { outlet: meta.outlet } : {}),
        ...(meta.author ? { author: meta.author } : {}),
        ...(meta.url && /^(https?|ftp|mailto):/i.test(meta.url) ? { url: meta.url } : {}),
        ...(meta.language ? { language: meta.language } : {}),
        ...(meta.publishedAt ? { publishedAt: meta.publishedAt } : {}),
        kind: req.kind ?? 'other',
        reliability: req.reliability ?? 'F',
        credibility: req.credibility ?? 6,
        tags: normalizeTags(req.tags ?? []),
        summary: '',
        textHash,
        textLength: content.length,
        original: { sha256: sha, fileName: req.fileName, mediaType, size: req.data.length, importedAt: now.toISOString() },
        created: now.toISOString(),
        updated: now.toISOString(),
      };
      await store.commit([{ op: 'put', c: 'sources', v: source }]);
      textCache.set(textHash, content);
      return { source, duplicate: false };
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
