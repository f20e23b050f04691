// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { EventCandidates } from '../../../../renderer/features/sources/EventCandidates';
import { eventFromCandidate } from '../../../../renderer/features/sources/candidate-event';
import type { EventCandidate, Extraction } from '../../../../shared/model';
import { button, click, fakeApi, renderInApp, settle, type Rendered } from './render-kit';
import { SOURCE_ID, source } from './source-fixtures';

const bombing: EventCandidate = {
  date: '2021-10-08',
  datePrecision: 'day',
  place: 'Khanabad',
  lat: 36.6825,
  lng: 69.1156,
  geoPrecision: 'exact',
  type: 'Explosions/Remote violence',
  subType: 'Suicide bomb',
  actors: ['Islamic State Khorasan Province'],
  fatalities: 46,
  injured: 140,
  sentence: 'A suicide bomber attacked worshippers at Friday prayers in the Khanabad district of Kunduz.',
  start: 40,
  end: 130,
};
const statement: EventCandidate = { ...bombing, type: 'Strategic developments', subType: 'Other', place: null, lat: null, lng: null, geoPrecision: null, actors: ['Emomali Rahmon'], fatalities: null, injured: null, sentence: 'Rahmon declared the border closed.', start: 200, end: 235 };

const EXTRACTION: Extraction = {
  sourceId: SOURCE_ID,
  referenceDate: '2021-10-08',
  places: [{ name: 'Khanabad', lat: 36.6825, lng: 69.1156, kind: 'town', confidence: 0.9, country: 'AF', mentions: 1 }],
  dates: [{ text: 'Friday', date: '2021-10-08', precision: 'day' }],
  people: [{ name: 'Emomali Rahmon', spellings: ['Rahmon'], mentions: 1 }],
  organizations: [{ name: 'Islamic State Khorasan Province', spellings: ['ISKP'], mentions: 1 }],
  events: [bombing, statement],
  highlights: [],
};

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

describe('event candidates in the source reader', () => {
  it('turns a candidate into an event linked to the source', () => {
    expect(eventFromCandidate(bombing, { id: SOURCE_ID })).toEqual({
      title: 'Suicide bomb in Khanabad',
      description: bombing.sentence,
      date: '2021-10-08',
      datePrecision: 'day',
      location: { name: 'Khanabad', lat: 36.6825, lng: 69.1156, precision: 'exact' },
      eventType: 'Explosions/Remote violence',
      subEventType: 'Suicide bomb',
      actors: ['Islamic State Khorasan Province'],
      fatalities: 46,
      injured: 140,
      sourceIds: [SOURCE_ID],
      noteIds: [],
      tags: ['extracted'],
    });
    expect(eventFromCandidate(statement, { id: SOURCE_ID })).toBeUndefined();
  });

  it('lists what was found; Accept records the event, Dismiss hides the candidate', async () => {
    const fake = fakeApi({
      'sources.extract': () => EXTRACTION,
      'events.create': (input: { title: string }) => ({ ...input, id: 'e_000000000001' }),
    });
    view = await renderInApp(<EventCandidates source={source()} />, fake.api);
    expect(fake.callsOf('sources.extract')).toEqual([]); // nothing runs until asked
    await click(button(view.container, 'Find places, dates and events'));
    await settle();
    const list = () => view!.container.querySelector('[aria-label="Event candidates"]')!;
    expect(view.container.textContent).toContain('Khanabad');
    expect(view.container.textContent).toContain('Emomali Rahmon');
    expect(list().querySelectorAll('li')).toHaveLength(2);
    // A candidate without a place cannot be accepted as it is.
    const buttons = [...list().querySelectorAll('li')].map((li) => li.querySelector('button')!);
    expect(buttons[1]!.disabled).toBe(true);

    await click(buttons[0]!);
    await settle();
    expect(fake.callsOf('events.create')).toEqual([expect.objectContaining({ title: 'Suicide bomb in Khanabad', sourceIds: [SOURCE_ID] })]);
    expect(view.probe().status).toContain('Recorded the event “Suicide bomb in Khanabad”');
    expect(buttons[0]!.textContent).toBe('Accepted');

    await click(button(list().querySelectorAll('li')[1]!, 'Dismiss'));
    expect(list().querySelectorAll('li')).toHaveLength(1);
  });
});
