import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempNotebook } from '../../../helpers/temp-notebook';

describe('links service', () => {
  let nb: Awaited<ReturnType<typeof openTempNotebook>>;
  beforeEach(async () => {
    nb = await openTempNotebook();
  });
  afterEach(async () => nb.dispose());

  it('gives a note its outgoing links, backlinks, unresolved links, mentions, graded citations and events', async () => {
    const { source } = await nb.services.sources.importFile({ fileName: 'r.txt', data: Buffer.from('Report on Kunduz'), reliability: 'B', credibility: 2 });
    const kunduz = await nb.services.notes.create({ title: 'Kunduz', body: `See [[Taliban]] and [[Nowhere]]. [@${source.id}, p. 3, "46 killed"]` });
    const taliban = await nb.services.notes.create({ title: 'Taliban' });
    const other = await nb.services.notes.create({ title: 'Overview', body: 'Fighting in [[kunduz|the north]]. Kunduz again.' });
    const mention = await nb.services.notes.create({ title: 'Diary', body: 'Went to Kunduz today.' });
    const event = await nb.services.events.create({
      title: 'Bombing',
      date: '2021-10-08',
      datePrecision: 'day',
      location: { name: 'Kunduz', lat: 36.7, lng: 68.9, precision: 'near' },
      eventType: 'Explosions/Remote violence',
      subEventType: 'Suicide bomb',
      noteIds: [kunduz.id],
      sourceIds: [source.id],
    });

    const links = nb.services.links.get(kunduz.id);
    expect(links.outgoing).toEqual([{ target: 'Taliban', noteId: taliban.id, title: 'Taliban' }]);
    expect(links.unresolved).toEqual(['Nowhere']);
    expect(links.backlinks).toEqual([{ noteId: other.id, title: 'Overview', context: expect.stringContaining('[[kunduz|the north]]') }]);
    expect(links.unlinkedMentions.map((m) => m.noteId).sort()).toEqual([mention.id, other.id].sort());
    expect(links.citations).toEqual([
      { sourceId: source.id, locator: 'p. 3', excerpt: '46 killed', source: { id: source.id, title: 'Report on Kunduz', reliability: 'B', credibility: 2 } },
    ]);
    expect(links.events).toEqual([{ id: event.id, title: 'Bombing', date: '2021-10-08' }]);

    const forSource = nb.services.links.get(source.id);
    expect(forSource.citedBy).toEqual([{ noteId: kunduz.id, title: 'Kunduz' }]);
    expect(forSource.events.map((e) => e.id)).toEqual([event.id]);

    const forEvent = nb.services.links.get(event.id);
    expect(forEvent.outgoing.map((o) => o.noteId)).toEqual([kunduz.id]);
    expect(forEvent.citations.map((c) => c.sourceId)).toEqual([source.id]);

    expect(() => nb.services.links.get('n_000000000000')).toThrow(/No note, source or event/);
  });
});
