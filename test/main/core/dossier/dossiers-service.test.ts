import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../main/core/rpc/dispatch';
import { hitsOf } from '../../../../main/core/dossier/dossiers-service';
import { openTempNotebook } from '../../../helpers/temp-notebook';

type Nb = Awaited<ReturnType<typeof openTempNotebook>>;

describe('dossiers: saved selections of notes', () => {
  let nb: Nb;
  let ids: { a: string; b: string; c: string; e: string; t: string };
  const call = async (method: string, input: unknown) => {
    const r = await dispatch(nb.handlers, method, input, { checkOutput: true });
    if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
    return r.value as never;
  };

  beforeEach(async () => {
    nb = await openTempNotebook();
    const s = nb.services;
    const a = await s.notes.create({ title: 'Alpha crossing', body: 'closed', tags: ['border/panj'] });
    const b = await s.notes.create({ title: 'Bravo market', body: 'Кабул market reopened', tags: ['border/panj'] });
    const c = await s.notes.create({ title: 'Charlie talks', body: 'talks in Moscow', tags: ['russia'] });
    const e = await s.events.create({ title: 'Clash', date: '2022-03-09', datePrecision: 'day', location: { name: 'Panj', lat: 37.2, lng: 69.1, precision: 'near' }, eventType: 'Battles', subEventType: 'Armed clash', noteIds: [c.id], tags: [] });
    const t = await s.events.create({ title: 'Tagged event', date: '2022-01-01', datePrecision: 'day', location: { name: 'Panj', lat: 37.2, lng: 69.1, precision: 'near' }, eventType: 'Protests', subEventType: 'Peaceful protest', tags: ['border/panj'] });
    ids = { a: a.id, b: b.id, c: c.id, e: e.id, t: t.id };
  });
  afterEach(() => nb.dispose());

  it('creates with the notebook’s default TLP label and today’s date, and lists, updates, deletes', async () => {
    const d = await call('dossiers.create', { title: 'Border', noteIds: [ids.b, ids.a] });
    expect(d).toMatchObject({ title: 'Border', tlp: 'AMBER', date: '2021-10-09', selection: { kind: 'manual' }, noteIds: [ids.b, ids.a], mapFrame: 'events', subtitle: '', summary: '' });
    expect((d as { id: string }).id).toMatch(/^d_[0-9a-z]{12}$/);
    const u = await call('dossiers.update', { id: (d as { id: string }).id, patch: { tlp: 'RED', subtitle: 'Q1' } });
    // A patch changes only what it names: the notes and the rest stay.
    expect(u).toMatchObject({ tlp: 'RED', subtitle: 'Q1', noteIds: [ids.b, ids.a], title: 'Border' });
    expect(await call('dossiers.list', {})).toHaveLength(1);
    await call('dossiers.delete', { id: (d as { id: string }).id });
    expect(await call('dossiers.list', {})).toEqual([]);
    await expect(call('dossiers.get', { id: (d as { id: string }).id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('keeps a deleted note in place, skipped in print, so that undo restores it — and the dossier stays editable', async () => {
    const d = (await call('dossiers.create', { title: 'Kept', noteIds: [ids.a, ids.b] })) as { id: string };
    const removed = await nb.services.notes.delete(ids.a);
    expect((await nb.services.dossiers.content(nb.services.dossiers.get(d.id))).notes.map((n) => n.id)).toEqual([ids.b]);
    expect(await call('dossiers.update', { id: d.id, patch: { title: 'Renamed' } })).toMatchObject({ title: 'Renamed', noteIds: [ids.a, ids.b] });
    await nb.services.notes.restore(removed, []);
    expect((await nb.services.dossiers.content(nb.services.dossiers.get(d.id))).notes.map((n) => n.id)).toEqual([ids.a, ids.b]);
  });

  it('refuses notes that do not exist and bad labels', async () => {
    await expect(call('dossiers.create', { title: 'X', noteIds: ['n_zzzzzzzzzzzz'] })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(call('dossiers.create', { title: 'X', tlp: 'PURPLE' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('previews a hand-picked selection in the order given, with linked events and their counts', async () => {
    const p = await call('dossiers.preview', { selection: { kind: 'manual' }, noteIds: [ids.c, ids.a] });
    expect(p).toMatchObject({ notes: [{ id: ids.c, title: 'Charlie talks' }, { id: ids.a, title: 'Alpha crossing' }], events: 1, sources: 0 });
  });

  it('selects by tag: matching notes by title, the analyst’s order first, and the events with the tag', async () => {
    const byTitle = await call('dossiers.preview', { selection: { kind: 'tag', tag: 'BORDER/PANJ' } });
    expect((byTitle as { notes: Array<{ title: string }> }).notes.map((n) => n.title)).toEqual(['Alpha crossing', 'Bravo market']);
    const ordered = await nb.services.dossiers.content({ selection: { kind: 'tag', tag: 'border/panj' }, noteIds: [ids.b] });
    expect(ordered.notes.map((n) => n.title)).toEqual(['Bravo market', 'Alpha crossing']);
    expect(ordered.events.map((e) => e.id)).toEqual([ids.t]);
  });

  it('selects by search query through the search service', async () => {
    const c = await nb.services.dossiers.content({ selection: { kind: 'query', query: 'кабул' }, noteIds: [] });
    expect(c.notes.map((n) => n.title)).toEqual(['Bravo market']);
  });

  it('reads hits from either shape of search result', () => {
    const hit = { kind: 'note', id: 'n_000000000001', title: 't' };
    expect(hitsOf([hit])).toEqual([hit]);
    expect(hitsOf({ hits: [hit], counts: {} })).toEqual([hit]);
    expect(hitsOf(undefined)).toEqual([]);
  });

  it('survives a reopen of the notebook', async () => {
    const d = (await call('dossiers.create', { title: 'Kept', selection: { kind: 'query', query: 'market' } })) as { id: string };
    await nb.store.close();
    const { NotebookStore } = await import('../../../../main/core/store');
    const again = await NotebookStore.open(nb.dir, { readOnly: true });
    expect(again.get('dossiers', d.id)).toMatchObject({ title: 'Kept', selection: { kind: 'query', query: 'market' } });
    await again.close();
  });
});
