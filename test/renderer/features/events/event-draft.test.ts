import { describe, expect, it } from 'vitest';
import {
  describeMainError,
  draftFromEvent,
  emptyDraft,
  inputFromDraft,
  parseActors,
  parseCoordinate,
  parseCount,
  parseTags,
  patchFromDraft,
  subTypesOf,
  withEventType,
  type EventDraft,
} from '../../../../renderer/features/events/event-draft';
import { ACLED_EVENT_TYPES, ACLED_TAXONOMY } from '../../../../shared/geo/acled';
import { event } from './event-fixtures';

const filled = (over: Partial<EventDraft> = {}): EventDraft => ({
  ...emptyDraft(),
  title: 'Kunduz mosque bombing',
  date: '2021-10-08',
  placeName: 'Kunduz',
  lat: '36.728',
  lng: '68.857',
  eventType: 'Explosions/Remote violence',
  subEventType: 'Suicide bomb',
  ...over,
});

describe('counts', () => {
  it('reads empty as not reported (null), which is not 0', () => {
    expect(parseCount('Fatalities', '')).toEqual({ ok: true, value: null });
    expect(parseCount('Fatalities', '  ')).toEqual({ ok: true, value: null });
    expect(parseCount('Fatalities', '0')).toEqual({ ok: true, value: 0 });
    expect(parseCount('Fatalities', ' 46 ')).toEqual({ ok: true, value: 46 });
  });
  it('refuses what is not a whole number of people', () => {
    for (const bad of ['-1', '1.5', 'about 40', '4e2']) expect(parseCount('Injured', bad)).toMatchObject({ ok: false, message: expect.stringMatching(/^Injured: a whole number/) });
  });
});

describe('coordinates', () => {
  it('reads decimal degrees, with a decimal point or comma', () => {
    expect(parseCoordinate('Latitude', '36.728', 90)).toEqual({ ok: true, value: 36.728 });
    expect(parseCoordinate('Latitude', '-33,5', 90)).toEqual({ ok: true, value: -33.5 });
    expect(parseCoordinate('Longitude', '+69', 180)).toEqual({ ok: true, value: 69 });
  });
  it('refuses empty, non-numbers and out-of-range values with a message', () => {
    expect(parseCoordinate('Latitude', '', 90)).toMatchObject({ ok: false, message: 'Latitude is required (decimal degrees, WGS84).' });
    expect(parseCoordinate('Latitude', '36°N', 90)).toMatchObject({ ok: false, message: 'Latitude: "36°N" is not a number of degrees.' });
    expect(parseCoordinate('Latitude', 'Infinity', 90)).toMatchObject({ ok: false });
    expect(parseCoordinate('Longitude', '181', 180)).toMatchObject({ ok: false, message: 'Longitude must be between -180 and 180.' });
  });
});

describe('actors and tags', () => {
  it('takes one actor per line, or comma-separated on one line', () => {
    expect(parseActors('ISKP\nCivilians (Afghanistan)\n\n ISKP ')).toEqual(['ISKP', 'Civilians (Afghanistan)']);
    expect(parseActors('Taliban, ISKP ,')).toEqual(['Taliban', 'ISKP']);
    expect(parseActors('Military Forces of Tajikistan, Border Troops\nTaliban')).toEqual(['Military Forces of Tajikistan, Border Troops', 'Taliban']);
    expect(parseActors('  ')).toEqual([]);
  });
  it('takes tags as words without #', () => {
    expect(parseTags('#kunduz, isis-k  kunduz')).toEqual(['kunduz', 'isis-k']);
  });
});

describe('ACLED type and sub-type', () => {
  it('offers only the chosen type’s sub-types', () => {
    expect(subTypesOf('')).toEqual([]);
    for (const t of ACLED_EVENT_TYPES) expect(subTypesOf(t)).toEqual(ACLED_TAXONOMY[t]);
  });
  it('drops a sub-type that does not belong to a newly chosen type', () => {
    const d = filled();
    expect(withEventType(d, 'Battles').subEventType).toBe('');
    expect(withEventType(d, 'Explosions/Remote violence').subEventType).toBe('Suicide bomb');
    expect(withEventType(d, '').subEventType).toBe('');
  });
});

describe('inputFromDraft', () => {
  it('builds what events.create takes', () => {
    const r = inputFromDraft(filled({ actors: 'ISKP\nCivilians (Afghanistan)', fatalities: '46', injured: '', tags: 'kunduz', sourceIds: ['s_000000000001'], endDate: ' ' }));
    expect(r).toEqual({
      ok: true,
      input: {
        title: 'Kunduz mosque bombing',
        description: '',
        date: '2021-10-08',
        datePrecision: 'day',
        location: { name: 'Kunduz', lat: 36.728, lng: 68.857, precision: 'exact' },
        eventType: 'Explosions/Remote violence',
        subEventType: 'Suicide bomb',
        actors: ['ISKP', 'Civilians (Afghanistan)'],
        fatalities: 46,
        injured: null,
        sourceIds: ['s_000000000001'],
        noteIds: [],
        tags: ['kunduz'],
      },
    });
  });
  it('lists every problem the form can see at once', () => {
    const r = inputFromDraft(filled({ lat: 'north', lng: '', fatalities: 'many', eventType: '' }));
    expect(r).toEqual({
      ok: false,
      errors: ['Latitude: "north" is not a number of degrees.', 'Longitude is required (decimal degrees, WGS84).', 'Fatalities: a whole number of people, or empty when not reported.', 'Choose an event type.'],
    });
    expect(inputFromDraft(filled({ subEventType: '' }))).toEqual({ ok: false, errors: ['Choose a sub-event type of Explosions/Remote violence.'] });
  });
  it('leaves the title and dates for main to judge', () => {
    expect(inputFromDraft(filled({ title: '', date: '' }))).toMatchObject({ ok: true, input: { title: '', date: '' } });
  });
});

describe('editing an event', () => {
  it('round-trips an event through the draft', () => {
    const e = event({ endDate: '2021-10-09', sourceIds: ['s_000000000001'], description: 'Friday prayers' });
    const r = patchFromDraft(draftFromEvent(e), e);
    expect(r).toEqual({
      ok: true,
      patch: {
        title: e.title,
        description: 'Friday prayers',
        date: e.date,
        datePrecision: 'day',
        endDate: '2021-10-09',
        location: e.location,
        eventType: e.eventType,
        subEventType: e.subEventType,
        actors: e.actors,
        fatalities: 46,
        injured: 140,
        sourceIds: ['s_000000000001'],
        noteIds: [],
        tags: ['kunduz'],
      },
    });
  });
  it('sends null for a cleared count', () => {
    const e = event();
    expect(patchFromDraft({ ...draftFromEvent(e), fatalities: '' }, e)).toMatchObject({ ok: true, patch: { fatalities: null, injured: 140 } });
    expect(draftFromEvent(event({ fatalities: null })).fatalities).toBe('');
  });
  it('removes a saved end date that the form emptied (null in the patch)', () => {
    const e = event({ endDate: '2021-10-09' });
    expect(patchFromDraft({ ...draftFromEvent(e), endDate: '' }, e)).toMatchObject({ ok: true, patch: { endDate: null } });
  });
});

describe('describeMainError', () => {
  it('names the field as the form labels it', () => {
    expect(describeMainError('events.create: endDate: the end date is before the start date')).toBe('End date: the end date is before the start date');
    expect(describeMainError('events.update: patch.location.lat: Too big: expected number to be <=90')).toBe('Latitude: Too big: expected number to be <=90');
    expect(describeMainError('title: a title is required')).toBe('Title: a title is required');
    expect(describeMainError('events.create: actors.3: Too big')).toBe('Actors: Too big');
  });
  it('keeps a message that names no field', () => {
    expect(describeMainError('The event links to items that do not exist: s_000000000009.')).toBe('The event links to items that do not exist: s_000000000009.');
    expect(describeMainError('events.create: input: bad')).toBe('input: bad');
  });
});
