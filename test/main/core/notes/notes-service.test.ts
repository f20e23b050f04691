import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FrontierError } from '../../../../shared/ipc/errors';
import { NotebookStore } from '../../../../main/core/store';
import { openTempNotebook } from '../../../helpers/temp-notebook';

describe('notes service', () => {
  let nb: Awaited<ReturnType<typeof openTempNotebook>>;
  beforeEach(async () => {
    nb = await openTempNotebook();
  });
  afterEach(async () => nb.dispose());

  it('creates notes with normalised tags and finds them by id or title, any case', async () => {
    const n = await nb.services.notes.create({ title: '  Кабул аэропорт ', body: 'x', tags: ['#ISKP', 'iskp', 'border'] });
    expect(n.title).toBe('Кабул аэропорт');
    expect(n.tags).toEqual(['ISKP', 'border']);
    expect(n.id).toMatch(/^n_[0-9a-z]{12}$/);
    expect(nb.services.notes.find('кабул АЭРОПОРТ')?.id).toBe(n.id);
    expect(nb.services.notes.find(n.id)?.id).toBe(n.id);
  });

  it('refuses a second note with the same title (ignoring case) and unlinkable titles', async () => {
    await nb.services.notes.create({ title: 'Kunduz' });
    await expect(nb.services.notes.create({ title: 'KUNDUZ' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(nb.services.notes.create({ title: 'A | B' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(nb.services.notes.list()).toHaveLength(1);
  });

  it('renaming rewrites links in other notes in one transaction, keeping labels and headings', async () => {
    const target = await nb.services.notes.create({ title: 'Kabul Airport' });
    const a = await nb.services.notes.create({ title: 'Attack', body: 'At [[kabul airport|the airport]] and [[Kabul Airport#Gate]].' });
    const b = await nb.services.notes.create({ title: 'Unrelated', body: 'Kabul Airport is not linked here; `[[Kabul Airport]]` is code.' });
    const seqBefore = nb.store.stats().seq;
    const { note, relinked } = await nb.services.notes.update({ id: target.id, title: 'Hamid Karzai International Airport' });
    expect(note.title).toBe('Hamid Karzai International Airport');
    expect(relinked).toEqual([a.id]);
    expect(nb.store.get('notes', a.id)!.body).toBe('At [[Hamid Karzai International Airport|the airport]] and [[Hamid Karzai International Airport#Gate]].');
    expect(nb.store.get('notes', b.id)!.body).toBe(b.body);
    expect(nb.store.stats().seq).toBe(seqBefore + 1); // one transaction

    // And it is durable: reopen and find the rewritten links.
    await nb.store.close();
    const reopened = await NotebookStore.open(nb.dir);
    expect(reopened.get('notes', a.id)!.body).toContain('[[Hamid Karzai International Airport|the airport]]');
    await reopened.close();
  });

  it('refuses an update based on an outdated copy (ifUpdated)', async () => {
    const n = await nb.services.notes.create({ title: 'Khorugh' });
    await nb.services.notes.update({ id: n.id, body: 'first' });
    const err = await nb.services.notes.update({ id: n.id, body: 'stale', ifUpdated: n.updated }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FrontierError);
    expect((err as FrontierError).code).toBe('CONFLICT');
    expect(nb.store.get('notes', n.id)!.body).toBe('first');
  });

  it('lists by tag and sorts by title, created or updated', async () => {
    await nb.services.notes.create({ title: 'b note', tags: ['x'] });
    await nb.services.notes.create({ title: 'A note' });
    await nb.services.notes.create({ title: 'c note', tags: ['X'] });
    expect(nb.services.notes.list({ sort: 'title' }).map((n) => n.title)).toEqual(['A note', 'b note', 'c note']);
    expect(nb.services.notes.list({ sort: 'created' }).map((n) => n.title)).toEqual(['c note', 'A note', 'b note']);
    expect(nb.services.notes.list({ tag: 'x', sort: 'title' }).map((n) => n.title)).toEqual(['b note', 'c note']);
    expect(nb.services.notes.list()[0]).not.toHaveProperty('body');
  });

  it('deleting a note removes it from events that listed it', async () => {
    const n = await nb.services.notes.create({ title: 'Panj river' });
    const e = await nb.services.events.create({
      title: 'Clash on the Panj',
      date: '2021-10-01',
      datePrecision: 'day',
      location: { name: 'Panj', lat: 37.23, lng: 69.1, precision: 'near' },
      eventType: 'Battles',
      subEventType: 'Armed clash',
      noteIds: [n.id],
    });
    await nb.services.notes.delete(n.id);
    expect(nb.store.get('notes', n.id)).toBeUndefined();
    expect(nb.store.get('events', e.id)!.noteIds).toEqual([]);
    await expect(nb.services.notes.delete(n.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('notes service: undo of delete', () => {
  it('restores a deleted note with its id and its event links', async () => {
    const nb = await openTempNotebook();
    try {
      const n = await nb.services.notes.create({ title: 'Khorugh protests', body: 'May 2022' });
      const e = await nb.services.events.create({
        title: 'Protest',
        date: '2022-05-16',
        datePrecision: 'day',
        location: { name: 'Khorugh', lat: 37.49, lng: 71.55, precision: 'near' },
        eventType: 'Protests',
        subEventType: 'Peaceful protest',
        noteIds: [n.id],
      });
      const eventIds = nb.services.links.get(n.id).events.map((x) => x.id);
      const removed = await nb.services.notes.delete(n.id);
      await nb.services.notes.restore(removed, eventIds);
      expect(nb.store.get('notes', n.id)).toEqual(n);
      expect(nb.store.get('events', e.id)!.noteIds).toEqual([n.id]);
      await expect(nb.services.notes.restore(removed)).rejects.toMatchObject({ code: 'CONFLICT' });
    } finally {
      await nb.dispose();
    }
  });
});
