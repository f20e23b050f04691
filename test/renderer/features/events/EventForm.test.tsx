// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { EventForm } from '../../../../renderer/features/events/EventForm';
import { emptyDraft } from '../../../../renderer/features/events/event-draft';
import { ACLED_TAXONOMY } from '../../../../shared/geo/acled';
import type { Event } from '../../../../shared/model';
import { FakeFailure, button, byLabel, click, fakeApi, renderInApp, type, type Handlers, type Rendered } from '../sources/render-kit';
import { source } from '../sources/source-fixtures';
import { EVENT_ID, event } from './event-fixtures';

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

const NOTE = { id: 'n_000000000001', title: 'Kunduz', tags: [], created: '2021-10-09T08:00:00.000Z', updated: '2021-10-09T08:00:00.000Z' };

function eventApi(over: Handlers = {}, initial?: Event) {
  let current = initial;
  return fakeApi({
    'sources.list': () => [source({ reliability: 'B', credibility: 2 })],
    'notes.list': () => [NOTE],
    'events.list': () => (current ? [current] : []),
    'events.get': () => {
      if (!current) throw new FakeFailure('NOT_FOUND', 'No event.');
      return current;
    },
    'events.create': (input: Omit<Event, 'id' | 'created' | 'updated'>) => (current = { ...event(), ...input, id: EVENT_ID }),
    'events.update': (input: { patch: Partial<Event> }) => (current = { ...current!, ...input.patch }),
    'events.delete': () => current,
    ...over,
  });
}

const field = (label: string) => byLabel(view!.container, label) as HTMLInputElement & HTMLSelectElement;
const optionTexts = (select: HTMLSelectElement) => [...select.options].map((o) => o.textContent);
const alertText = () => view!.container.querySelector('[role="alert"]')?.textContent ?? '';

async function fillNew() {
  await type(field('Title'), 'Kunduz mosque bombing');
  await type(field('Event type'), 'Explosions/Remote violence');
  await type(field('Sub-event type'), 'Suicide bomb');
  await type(field('Date'), '2021-10-08');
  await type(field('Place name'), 'Kunduz');
  await type(field('Latitude'), '36.728');
  await type(field('Longitude'), '68.857');
  await type(field('Place precision'), 'near');
  await type(field('Actors'), 'ISKP, Civilians (Afghanistan)');
  await type(field('Fatalities'), '46');
}

describe('EventForm', () => {
  it('labels every field, and offers the sub-types of the chosen type only', async () => {
    view = await renderInApp(<EventForm />, eventApi().api);
    expect(view.container.querySelector('h1')?.textContent).toBe('New event');
    for (const label of ['Title', 'Date', 'Date precision', 'End date', 'Place name', 'Latitude', 'Longitude', 'Place precision', 'Event type', 'Sub-event type', 'Actors', 'Fatalities', 'Injured', 'Tags', 'Description']) {
      expect(field(label), label).toBeTruthy();
    }
    expect(optionTexts(field('Date precision')).map((t) => t?.split(' ')[0])).toEqual(['Day', 'Week', 'Month', 'Approximate']);
    expect([...field('Place precision').options].map((o) => o.value)).toEqual(['exact', 'near', 'admin-region', 'country']);
    expect(optionTexts(field('Event type')).slice(1)).toEqual(Object.keys(ACLED_TAXONOMY));

    expect(field('Sub-event type').disabled).toBe(true);
    await type(field('Event type'), 'Riots');
    expect(optionTexts(field('Sub-event type')).slice(1)).toEqual(['Violent demonstration', 'Mob violence']);
    await type(field('Sub-event type'), 'Mob violence');
    await type(field('Event type'), 'Battles');
    expect(field('Sub-event type').value).toBe('');
    expect(optionTexts(field('Sub-event type')).slice(1)).toEqual([...ACLED_TAXONOMY.Battles]);
    // A sub-type of another type is not among the options, so it cannot be chosen.
    await type(field('Sub-event type'), 'Mob violence');
    expect(field('Sub-event type').value).toBe('');
  });

  it('lists sources with their grade and notes, as checkboxes', async () => {
    view = await renderInApp(<EventForm />, eventApi().api);
    const groups = [...view.container.querySelectorAll('fieldset')].filter((f) => ['Sources', 'Notes'].includes(f.querySelector('legend')?.textContent ?? ''));
    expect(groups.map((g) => g.querySelector('label')?.textContent)).toEqual(['B2Suicide bombing at a Shia mosque in Kunduz', 'Kunduz']);
    expect(groups[0]!.querySelector('label')?.getAttribute('title')).toBe('Usually reliable; Probably true');
  });

  it('creates the event, refreshes, and opens it', async () => {
    const fake = eventApi();
    view = await renderInApp(<EventForm />, fake.api);
    await fillNew();
    await click(byLabel(view.container, 'B2Suicide bombing at a Shia mosque in Kunduz'));
    await click(byLabel(view.container, 'Kunduz'));
    await click(button(view.container, 'Save event'));
    expect(fake.callsOf('events.create')).toEqual([
      {
        title: 'Kunduz mosque bombing',
        description: '',
        date: '2021-10-08',
        datePrecision: 'day',
        location: { name: 'Kunduz', lat: 36.728, lng: 68.857, precision: 'near' },
        eventType: 'Explosions/Remote violence',
        subEventType: 'Suicide bomb',
        actors: ['ISKP', 'Civilians (Afghanistan)'],
        fatalities: 46,
        injured: null,
        sourceIds: ['s_000000000001'],
        noteIds: ['n_000000000001'],
        tags: [],
      },
    ]);
    expect(fake.callsOf('events.list').length).toBeGreaterThan(1);
    expect(view.probe().selection).toEqual({ kind: 'event', id: EVENT_ID });
    expect(view.probe().status).toBe('Recorded “Kunduz mosque bombing”');
  });

  it('starts from an event candidate; saving accepts the candidate and goes back to the source', async () => {
    const fake = eventApi({ 'sources.acceptCandidate': (input: { event: { title: string } }) => ({ event: { ...event(), ...input.event, id: EVENT_ID }, source: source() }) });
    const draft = { ...emptyDraft(), title: 'Strategic developments', eventType: 'Strategic developments' as const, subEventType: 'Other', date: '2021-10-08', actors: 'Emomali Rahmon', sourceIds: ['s_000000000001'], description: 'Rahmon declared the border closed.' };
    view = await renderInApp(<EventForm accepting={{ sourceId: 's_000000000001', sourceTitle: 'Dushanbe statement', key: '10-44', draft }} />, fake.api);
    expect(view.container.textContent).toContain('Event candidate in “Dushanbe statement”');
    expect(field('Actors').value).toBe('Emomali Rahmon');
    // The candidate had no place: the analyst gives it one (or clicks the map) before saving.
    await click(button(view.container, 'Accept as event'));
    expect(alertText()).toMatch(/Latitude is required/);
    expect(fake.callsOf('sources.acceptCandidate')).toEqual([]);
    await type(field('Title'), 'Rahmon closes the border');
    await type(field('Place name'), 'Dushanbe');
    await type(field('Latitude'), '38.5358');
    await type(field('Longitude'), '68.7791');
    await click(button(view.container, 'Accept as event'));
    expect(fake.callsOf('sources.acceptCandidate')).toEqual([
      { id: 's_000000000001', key: '10-44', event: expect.objectContaining({ title: 'Rahmon closes the border', location: { name: 'Dushanbe', lat: 38.5358, lng: 68.7791, precision: 'exact' }, sourceIds: ['s_000000000001'] }) },
    ]);
    expect(fake.callsOf('events.create')).toEqual([]);
    expect(view.probe().selection).toEqual({ kind: 'source', id: 's_000000000001' });
    expect(view.probe().status).toBe('Recorded the event “Rahmon closes the border” from “Dushanbe statement”');
  });

  it('shows the form’s own problems and main’s refusal in an alert, and saves nothing', async () => {
    const fake = eventApi({
      'events.create': () => {
        throw new FakeFailure('INVALID_INPUT', 'events.create: title: a title is required');
      },
    });
    view = await renderInApp(<EventForm />, fake.api);
    await click(button(view.container, 'Save event'));
    expect(alertText()).toContain('Latitude is required');
    expect(alertText()).toContain('Choose an event type.');
    expect(fake.callsOf('events.create')).toEqual([]);

    await fillNew();
    await type(field('Title'), '');
    await click(button(view.container, 'Save event'));
    expect(alertText()).toBe('Title: a title is required');
    expect(view.probe().selection).toBeNull();
  });

  it('edits an existing event: a cleared count is saved as null (not reported)', async () => {
    const fake = eventApi({}, event());
    view = await renderInApp(<EventForm id={EVENT_ID} />, fake.api);
    expect(view.container.querySelector('h1')?.textContent).toBe('Kunduz mosque bombing');
    expect(field('Fatalities').value).toBe('46');
    expect(field('Actors').value).toBe('ISKP\nCivilians (Afghanistan)');
    await type(field('Fatalities'), '');
    await type(field('Injured'), '0');
    await click(button(view.container, 'Save'));
    const [call] = fake.callsOf('events.update') as Array<{ id: string; patch: Partial<Event> }>;
    expect(call?.id).toBe(EVENT_ID);
    expect(call?.patch).toMatchObject({ fatalities: null, injured: 0, subEventType: 'Suicide bomb' });
    expect(field('Fatalities').value).toBe('');
    expect(view.probe().status).toBe('Saved “Kunduz mosque bombing”');
  });

  it('deletes an event after a confirmation', async () => {
    const fake = eventApi({}, event());
    view = await renderInApp(<EventForm id={EVENT_ID} />, fake.api);
    await click(button(view.container, 'Delete event'));
    expect(fake.callsOf('events.delete')).toEqual([]);
    await click(button(view.container, 'Delete'));
    expect(fake.callsOf('events.delete')).toEqual([{ id: EVENT_ID }]);
    expect(view.probe().status).toBe('Deleted “Kunduz mosque bombing”');
  });

  it('says so when the event cannot be loaded', async () => {
    view = await renderInApp(<EventForm id={EVENT_ID} />, eventApi().api);
    expect(alertText()).toBe('No event.');
  });
});
