import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempNotebook } from '../../../helpers/temp-notebook';

describe('simple search', () => {
  let nb: Awaited<ReturnType<typeof openTempNotebook>>;
  beforeEach(async () => {
    nb = await openTempNotebook();
  });
  afterEach(async () => nb.dispose());

  it('finds notes, source full texts and events case-insensitively in any script, requiring every word', async () => {
    const note = await nb.services.notes.create({ title: 'ОДКБ учения', body: 'Учения у таджикско-афганской границы.' });
    const { source } = await nb.services.sources.importFile({ fileName: 's.txt', data: Buffer.from('Title\n\nThe attack in کابل was claimed by ISKP.') });
    const event = await nb.services.events.create({
      title: 'Protest in Khorugh',
      date: '2022-05-16',
      datePrecision: 'day',
      location: { name: 'Khorugh', lat: 37.49, lng: 71.55, precision: 'near' },
      eventType: 'Protests',
      subEventType: 'Peaceful protest',
      actors: ['Pamiri protesters'],
    });
    expect((await nb.services.search.query('одкб')).map((h) => h.id)).toEqual([note.id]);
    expect((await nb.services.search.query('ГРАНИЦЫ учения')).map((h) => h.id)).toEqual([note.id]);
    expect((await nb.services.search.query('کابل iskp')).map((h) => [h.kind, h.id])).toEqual([['source', source.id]]);
    expect((await nb.services.search.query('pamiri')).map((h) => [h.kind, h.id])).toEqual([['event', event.id]]);
    expect(await nb.services.search.query('iskp pamiri')).toEqual([]);
    expect(await nb.services.search.query('   ')).toEqual([]);
    const [hit] = await nb.services.search.query('claimed');
    expect(hit!.snippet).toContain('claimed by ISKP');
  });
});
