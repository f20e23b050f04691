// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { SourceReader } from '../../../../renderer/features/sources/SourceReader';
import { draftFromCandidate, eventFromCandidate } from '../../../../renderer/features/sources/candidate-event';
import type { EventCandidate, Extraction, Highlight, Source } from '../../../../shared/model';
import { button, click, fakeApi, renderInApp, settle, type Rendered } from './render-kit';
import { SOURCE_ID, source } from './source-fixtures';

const TEXT =
  'KUNDUZ, 8 October 2021\n\nA suicide bomber attacked worshippers at Friday prayers in the Khanabad district of Kunduz, killing 46.\n\n' +
  'Rahmon declared the border closed. ISKP claimed the attack.';
const at = (needle: string) => ({ start: TEXT.indexOf(needle), end: TEXT.indexOf(needle) + needle.length });
const sentence = (s: string) => ({ sentence: s, ...at(s) });

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
  confidence: 0.91,
  likely: true,
  ...sentence('A suicide bomber attacked worshippers at Friday prayers in the Khanabad district of Kunduz, killing 46.'),
};
const statement: EventCandidate = {
  ...bombing,
  type: 'Strategic developments',
  subType: 'Other',
  place: null,
  lat: null,
  lng: null,
  geoPrecision: null,
  actors: ['Emomali Rahmon'],
  fatalities: null,
  injured: null,
  confidence: 0.52,
  ...sentence('Rahmon declared the border closed.'),
};
const mark = (needle: string, kind: Highlight['kind'], label: string): Highlight => ({ ...at(needle), kind, label });

const EXTRACTION: Extraction = {
  sourceId: SOURCE_ID,
  referenceDate: '2021-10-08',
  places: [
    { name: 'Khanabad', lat: 36.6825, lng: 69.1156, kind: 'town', confidence: 0.9, country: 'AF', mentions: 1 },
    { name: 'Kunduz', lat: 36.72, lng: 68.86, kind: 'town', confidence: 0.9, country: 'AF', mentions: 2 },
  ],
  dates: [{ text: 'Friday', date: '2021-10-08', precision: 'day' }],
  people: [{ name: 'Emomali Rahmon', spellings: ['Rahmon'], mentions: 1 }],
  organizations: [{ name: 'Islamic State Khorasan Province', spellings: ['ISKP'], mentions: 1 }],
  events: [bombing, statement],
  highlights: [mark('Friday', 'date', '2021-10-08'), mark('Khanabad', 'place', 'Khanabad'), mark('Rahmon', 'person', 'Emomali Rahmon'), mark('ISKP', 'organization', 'Islamic State Khorasan Province')],
};
const claim: EventCandidate = { ...statement, actors: ['Islamic State Khorasan Province'], confidence: 0.18, likely: false, ...sentence('ISKP claimed the attack.') };
const keyOf = (c: EventCandidate) => `${c.start}-${c.end}`;
const NOTE_KHANABAD = { id: 'n_000000000007', title: 'khanabad', tags: [], created: '2021-10-09T08:00:00.000Z', updated: '2021-10-09T08:00:00.000Z' };
const EVENT_ID = 'e_000000000001';

// jsdom lays nothing out, so it has no scrolling.
Element.prototype.scrollIntoView = function scrollIntoView() {};

let view: Rendered | undefined;
let extraction = EXTRACTION;
afterEach(() => {
  extraction = EXTRACTION;
  view?.unmount();
  view = undefined;
  window.localStorage.clear();
});

/** A reader over a fake main that keeps the source's review and events the way main does. */
async function openReader(initial: Source = source({ textLength: TEXT.length })) {
  let current = initial;
  let events: Array<{ id: string; title: string }> = [];
  const fake = fakeApi({
    'sources.get': () => current,
    'sources.list': () => [current],
    'sources.text': () => ({ text: TEXT }),
    'sources.extract': () => extraction,
    'notes.list': () => [NOTE_KHANABAD],
    'events.list': () => events,
    'notes.create': (input: { title: string; body: string }) => ({ ...input, id: 'n_000000000009', tags: [], created: 'x', updated: 'x' }),
    'sources.acceptCandidate': (input: { key: string; event: { title: string } }) => {
      const event = { ...input.event, id: EVENT_ID };
      events = [event];
      current = { ...current, review: { dismissed: [], accepted: [{ key: input.key, eventId: EVENT_ID }] } };
      return { event, source: current };
    },
    'sources.dismissCandidate': (input: { key: string; dismissed: boolean }) => {
      const review = current.review ?? { dismissed: [], accepted: [] };
      current = { ...current, review: { ...review, dismissed: input.dismissed ? [...review.dismissed, input.key] : review.dismissed.filter((k) => k !== input.key) } };
      return current;
    },
  });
  view = await renderInApp(<SourceReader id={SOURCE_ID} />, fake.api);
  await settle();
  return fake;
}

const c = () => view!.container;
const list = () => c().querySelector('[aria-label="Event candidates"]')!;
const items = () => [...list().querySelectorAll('li')];
const marks = () => [...c().querySelectorAll('[aria-label="Source text"] mark')].map((m) => `${m.textContent}|${m.getAttribute('data-kind')}|${m.getAttribute('title')}`);

describe('event candidates in the source reader', () => {
  it('turns a candidate into an event linked to the source, or into the event form’s fields to correct first', () => {
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
    expect(draftFromCandidate(statement, { id: SOURCE_ID })).toMatchObject({ title: 'Strategic developments', placeName: '', lat: '', lng: '', fatalities: '', actors: 'Emomali Rahmon', sourceIds: [SOURCE_ID], subEventType: 'Other' });
    expect(draftFromCandidate(bombing, { id: SOURCE_ID })).toMatchObject({ lat: '36.6825', lng: '69.1156', fatalities: '46', injured: '140', endDate: '' });
    // A range ("closed from 13 to 20 May") keeps its last day.
    const closure = { ...bombing, type: 'Strategic developments' as const, subType: 'Other', date: '2025-05-13', endDate: '2025-05-20' };
    expect(eventFromCandidate(closure, { id: SOURCE_ID })).toMatchObject({ date: '2025-05-13', endDate: '2025-05-20' });
    expect(draftFromCandidate(closure, { id: SOURCE_ID })).toMatchObject({ date: '2025-05-13', endDate: '2025-05-20' });
  });

  it('looks for them when the source opens, and marks what was found in the text, each mark saying what it is', async () => {
    const fake = await openReader();
    expect(fake.callsOf('sources.extract')).toEqual([{ id: SOURCE_ID }]);
    expect(marks()).toEqual(['Friday|date|Date: 2021-10-08', 'Khanabad|place|Place', 'Rahmon|person|Person: Emomali Rahmon', 'ISKP|organization|Organisation: Islamic State Khorasan Province']);
    // The text around the marks is all there, unchanged.
    const paragraphs = [...c().querySelectorAll('[aria-label="Source text"] p')].map((p) => p.textContent);
    expect(paragraphs.join('\n\n')).toBe(TEXT);
    await click(c().querySelector<HTMLInputElement>('input[type="checkbox"]')!.closest('label')!.querySelector('input')!);
    expect(marks()).toEqual([]);
  });

  it('keeps a passage picked for quoting when the marks arrive, and marks the text once it is let go of', async () => {
    let answer!: (x: Extraction) => void;
    const fake = fakeApi({
      'sources.get': () => source({ textLength: TEXT.length }),
      'sources.text': () => ({ text: TEXT }),
      'sources.extract': () => new Promise<Extraction>((resolve) => (answer = resolve)),
    });
    view = await renderInApp(<SourceReader id={SOURCE_ID} />, fake.api);
    const region = c().querySelector<HTMLElement>('[aria-label="Source text"]')!;
    const node = [...region.querySelectorAll('p')][1]!.firstChild!;
    const range = document.createRange();
    range.setStart(node, 2);
    range.setEnd(node, 16);
    await act(async () => {
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
      document.dispatchEvent(new Event('selectionchange'));
    });
    expect(c().textContent).toContain('suicide bomber');
    await act(async () => answer(EXTRACTION));
    await settle();
    // The selection's text node is still in the document, so the passage can still be quoted.
    expect(node.isConnected).toBe(true);
    expect(window.getSelection()!.toString()).toBe('suicide bomber');
    expect(marks()).toEqual([]);
    await act(async () => {
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.collapse(node, 0);
      document.dispatchEvent(new Event('selectionchange'));
    });
    await settle();
    expect(marks()).toHaveLength(4);
  });

  it('Accept records the event and says so; the candidate then shows its event', async () => {
    const fake = await openReader();
    expect(items()).toHaveLength(2);
    expect(c().textContent).toContain('2 found · 2 to review');
    // A candidate without a place cannot be accepted as it is, only edited first.
    expect(button(items()[1]!, 'Accept as event').disabled).toBe(true);
    await click(button(items()[0]!, 'Accept as event'));
    expect(fake.callsOf('sources.acceptCandidate')).toEqual([{ id: SOURCE_ID, key: keyOf(bombing), event: expect.objectContaining({ title: 'Suicide bomb in Khanabad', sourceIds: [SOURCE_ID] }) }]);
    expect(view!.probe().status).toContain('Recorded the event “Suicide bomb in Khanabad”');
    expect(items()[0]!.textContent).toContain('Recorded as');
    expect(c().textContent).toContain('1 accepted');
    await click(button(items()[0]!, 'Suicide bomb in Khanabad'));
    expect(view!.probe().selection).toEqual({ kind: 'event', id: EVENT_ID });
  });

  it('Dismiss hides a candidate for good; "Show dismissed" shows it, and "Bring back" undoes it', async () => {
    const fake = await openReader();
    await click(button(items()[1]!, 'Dismiss'));
    expect(fake.callsOf('sources.dismissCandidate')).toEqual([{ id: SOURCE_ID, key: keyOf(statement), dismissed: true }]);
    expect(items()).toHaveLength(1);
    expect(c().textContent).toContain('1 dismissed');
    const show = [...c().querySelectorAll('label')].find((l) => l.textContent === 'Show dismissed')!.querySelector('input')!;
    await click(show);
    expect(items()).toHaveLength(2);
    await click(button(items()[1]!, 'Bring back'));
    expect(fake.callsOf('sources.dismissCandidate')).toEqual([expect.anything(), { id: SOURCE_ID, key: keyOf(statement), dismissed: false }]);
    expect(button(items()[1]!, 'Dismiss')).toBeTruthy();
  });

  it('lists what the scorer ranks low apart, as less likely, each candidate with its score', async () => {
    extraction = { ...EXTRACTION, events: [bombing, statement, claim] };
    await openReader();
    expect(items().map((i) => i.querySelector('blockquote')!.textContent)).toEqual([bombing.sentence, statement.sentence]);
    expect(items()[0]!.textContent).toContain('91% likely');
    const less = c().querySelector('details.candidate-less-likely')!;
    expect(less.querySelector('summary')!.textContent).toBe('Less likely (1)');
    const lessItems = [...less.querySelectorAll('[aria-label="Less likely event candidates"] li')];
    expect(lessItems.map((i) => i.querySelector('blockquote')!.textContent)).toEqual(['ISKP claimed the attack.']);
    expect(lessItems[0]!.textContent).toContain('18% likely');
    // It can still be reviewed like the others.
    expect(button(lessItems[0]!, 'Dismiss')).toBeTruthy();
    expect(c().textContent).toContain('3 found · 1 less likely · 3 to review');
  });

  it('remembers earlier decisions: a dismissed candidate stays hidden when the source is opened again', async () => {
    await openReader(source({ textLength: TEXT.length, review: { dismissed: [keyOf(bombing)], accepted: [] } }));
    expect(items()).toHaveLength(1);
    expect(items()[0]!.textContent).toContain('Rahmon declared');
  });

  it('"Edit, then accept" opens the event form on the candidate', async () => {
    await openReader();
    await click(button(items()[1]!, 'Edit, then accept'));
    expect(view!.probe().selection).toEqual({ kind: 'new-event', fromCandidate: { sourceId: SOURCE_ID, candidate: statement } });
  });

  it('"Show in text" outlines the candidate’s paragraph', async () => {
    await openReader();
    expect(c().querySelector('.source-focus')).toBeNull();
    await click(button(items()[1]!, 'Show in text'));
    expect(c().querySelector('.source-focus')?.textContent).toContain('Rahmon declared the border closed.');
  });

  it('links a place, person or organisation to the note of the same name, and starts a note citing the source for the others', async () => {
    const fake = await openReader();
    const places = c().querySelector('[aria-label="Places"]')!;
    await click(button(places, 'Khanabad'));
    expect(view!.probe().selection).toEqual({ kind: 'note', id: NOTE_KHANABAD.id });
    await click(button(c().querySelector('[aria-label="People"]')!, 'New note on Emomali Rahmon'));
    expect(fake.callsOf('notes.create')).toEqual([{ title: 'Emomali Rahmon', body: `Mentioned in [@${SOURCE_ID}].\n` }]);
  });
});
