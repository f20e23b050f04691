import type { Event } from '../../../../shared/model';

export const EVENT_ID = 'e_000000000001';

export const event = (over: Partial<Event> = {}): Event => ({
  id: EVENT_ID,
  title: 'Kunduz mosque bombing',
  description: '',
  date: '2021-10-08',
  datePrecision: 'day',
  location: { name: 'Kunduz', lat: 36.728, lng: 68.857, precision: 'near' },
  eventType: 'Explosions/Remote violence',
  subEventType: 'Suicide bomb',
  actors: ['ISKP', 'Civilians (Afghanistan)'],
  fatalities: 46,
  injured: 140,
  sourceIds: [],
  noteIds: [],
  tags: ['kunduz'],
  created: '2021-10-09T08:00:00.000Z',
  updated: '2021-10-09T08:00:00.000Z',
  ...over,
});
