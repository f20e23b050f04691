import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempNotebook } from '../../../helpers/temp-notebook';

const base = {
  title: 'IED on the Kunduz road',
  date: '2021-10-04',
  datePrecision: 'day' as const,
  location: { name: 'Kunduz', lat: 36.728, lng: 68.868, precision: 'near' as const },
  eventType: 'Explosions/Remote violence' as const,
  subEventType: 'Remote explosive/landmine/IED',
};

describe('events service', () => {
  let nb: Awaited<ReturnType<typeof openTempNotebook>>;
  beforeEach(async () => {
    nb = await openTempNotebook();
  });
  afterEach(async () => nb.dispose());

  it('creates an event with defaults: casualties unknown (null), not zero', async () => {
    const e = await nb.services.events.create(base);
    expect(e).toMatchObject({ ...base, fatalities: null, injured: null, actors: [], sourceIds: [], noteIds: [] });
    expect(e.id).toMatch(/^e_/);
  });

  it('refuses a sub-event type of another event type, an end before the start, and bad coordinates', async () => {
    await expect(nb.services.events.create({ ...base, subEventType: 'Armed clash' })).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('Armed clash') });
    await expect(nb.services.events.create({ ...base, endDate: '2021-10-01' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(nb.services.events.create({ ...base, location: { ...base.location, lat: 97 } })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(nb.store.count('events')).toBe(0);
  });

  it('refuses links to sources or notes that do not exist', async () => {
    await expect(nb.services.events.create({ ...base, sourceIds: ['s_000000000000'] })).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('s_000000000000') });
  });

  it('updates a patch, keeping id and created, and lists newest event date first', async () => {
    const a = await nb.services.events.create(base);
    const b = await nb.services.events.create({ ...base, title: 'Later', date: '2021-10-20' });
    const updated = await nb.services.events.update(a.id, { fatalities: 3, actors: ['Taliban', 'ISKP'] });
    expect(updated).toMatchObject({ id: a.id, created: a.created, fatalities: 3, actors: ['Taliban', 'ISKP'] });
    expect(updated.updated > a.updated).toBe(true);
    expect(nb.services.events.list().map((e) => e.id)).toEqual([b.id, a.id]);
  });
});

describe('events service: clearing the end date', () => {
  it('removes the end date when the patch gives null, and keeps it when the key is absent', async () => {
    const nb = await openTempNotebook();
    try {
      const e = await nb.services.events.create({ ...base, endDate: '2021-10-06' });
      expect((await nb.services.events.update(e.id, { title: 'Renamed' })).endDate).toBe('2021-10-06');
      const cleared = await nb.services.events.update(e.id, { endDate: null });
      expect(cleared).not.toHaveProperty('endDate');
    } finally {
      await nb.dispose();
    }
  });
});
