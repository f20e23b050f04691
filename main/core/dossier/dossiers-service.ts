import type { SearchHit } from '../../../shared/ipc/contract';
import { FrontierError } from '../../../shared/ipc/errors';
import { selectContent, type DossierContent, type QueryMatches, type SelectionSpec } from '../../../shared/dossier';
import { Dossier, DossierFields } from '../../../shared/model';
import type { z } from 'zod';
import type { CoreContext } from '../context';
import { newId } from '../ids';

export type DossierDraft = Partial<z.input<typeof DossierFields>> & { title: string };
export type DossierPatch = Partial<z.input<typeof DossierFields>>;

/** The search engine, as the dossier needs it: ids of notes and events matching a query, best first. */
export type SearchFn = (query: string, limit: number) => Promise<unknown>;

type Hit = Pick<SearchHit, 'kind' | 'id'>;
const isHit = (h: unknown): h is Hit => !!h && typeof h === 'object' && typeof (h as Hit).id === 'string' && typeof (h as Hit).kind === 'string';

/**
 * The hits of a search result. The foundation's search answers a list of hits; its ranked
 * replacement wraps them as `{ hits, … }`. Only `kind` and `id` are read, in either shape, so the
 * dossier does not depend on which engine is installed.
 */
export function hitsOf(result: unknown): Hit[] {
  const list = Array.isArray(result) ? result : result && typeof result === 'object' ? (result as { hits?: unknown }).hits : undefined;
  return Array.isArray(list) ? list.filter(isHit) : [];
}

/** Enough for any real dossier; a query rule that matches more is cut here, best matches kept. */
const QUERY_LIMIT = 5000;

export function createDossiersService(ctx: CoreContext, search: SearchFn) {
  const { store } = ctx;

  function get(id: string): Dossier {
    const dossier = store.get('dossiers', id);
    if (!dossier) throw new FrontierError('NOT_FOUND', `No dossier with id ${id}.`);
    return dossier;
  }

  /**
   * A valid dossier. Note ids must name notes — except ids it already held: a note deleted since
   * stays listed (and is skipped when printing), so undoing the delete puts it back in place, and
   * the dossier can still be edited meanwhile.
   */
  function build(fields: Record<string, unknown>, held: readonly string[] = []): Dossier {
    const parsed = Dossier.safeParse(fields);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new FrontierError('INVALID_INPUT', `${issue?.path.join('.') || 'dossier'}: ${issue?.message}`);
    }
    const dossier = { ...parsed.data, noteIds: [...new Set(parsed.data.noteIds)] };
    const missing = dossier.noteIds.filter((id) => !store.get('notes', id) && !held.includes(id));
    if (missing.length) throw new FrontierError('INVALID_INPUT', `The dossier lists notes that do not exist: ${missing.join(', ')}.`);
    return dossier;
  }

  async function matches(spec: SelectionSpec): Promise<QueryMatches | undefined> {
    if (spec.selection.kind !== 'query') return undefined;
    const hits = hitsOf(await search(spec.selection.query, QUERY_LIMIT));
    return { noteIds: hits.filter((h) => h.kind === 'note').map((h) => h.id), eventIds: hits.filter((h) => h.kind === 'event').map((h) => h.id) };
  }

  const today = () => ctx.now().toISOString().slice(0, 10);

  return {
    get,

    /** Most recently changed first. */
    list(): Dossier[] {
      return [...store.all('dossiers')].sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : 0));
    },

    async create(draft: DossierDraft): Promise<Dossier> {
      const now = ctx.now();
      const dossier = build({ date: today(), tlp: store.meta.defaultTlp, ...draft, id: newId('dossier', now.getTime()), created: now.toISOString(), updated: now.toISOString() });
      if (store.get('dossiers', dossier.id)) throw new FrontierError('CONFLICT', 'Id collision; try again.');
      await store.commit([{ op: 'put', c: 'dossiers', v: dossier }]);
      return dossier;
    },

    async update(id: string, patch: DossierPatch): Promise<Dossier> {
      const current = get(id);
      const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
      const dossier = build({ ...current, ...defined, id, created: current.created, updated: ctx.now().toISOString() }, current.noteIds);
      await store.commit([{ op: 'put', c: 'dossiers', v: dossier }]);
      return dossier;
    },

    async delete(id: string): Promise<Dossier> {
      const dossier = get(id);
      await store.commit([{ op: 'del', c: 'dossiers', id }]);
      return dossier;
    },

    /** What a selection picks now: its notes in order, their events, their sources. */
    async content(spec: SelectionSpec): Promise<DossierContent> {
      const found = await matches(spec);
      return selectContent(spec, { notes: store.all('notes'), events: store.all('events'), sources: store.all('sources') }, found);
    },

    /**
     * A dossier that is not saved, for `frontier export --tag/--query` and exports of the whole
     * notebook: the notebook's title and default TLP label, today's date.
     */
    transient(selection: Dossier['selection'], title?: string): Dossier {
      const now = ctx.now().toISOString();
      const byTitle = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
      const all = selection.kind === 'manual' ? [...store.all('notes')].sort((a, b) => byTitle.compare(a.title, b.title)).map((n) => n.id) : [];
      const query = selection.kind === 'query' && selection.query.length > 80 ? `${selection.query.slice(0, 79)}…` : selection.kind === 'query' ? selection.query : '';
      const label = selection.kind === 'tag' ? ` — #${selection.tag}` : selection.kind === 'query' ? ` — “${query}”` : '';
      return Dossier.parse({ id: 'd_000000000000', title: title ?? `${store.meta.title}${label}`, date: today(), tlp: store.meta.defaultTlp, selection, noteIds: all, created: now, updated: now });
    },
  };
}

export type DossiersService = ReturnType<typeof createDossiersService>;
