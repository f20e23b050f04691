// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { buildEventPopup, buildPilePopup } from '../../../../renderer/features/map/popup';
import type { Event } from '../../../../shared/model';

const HOSTILE = '<img src=x onerror=alert(1)>';

const event: Event = {
  id: 'e_000000000001',
  title: HOSTILE,
  description: '',
  date: '2021-10-08',
  datePrecision: 'day',
  location: { name: '<b>Kunduz</b>', lat: 36.73, lng: 68.86, precision: 'near' },
  eventType: 'Explosions/Remote violence',
  subEventType: 'Suicide bomb',
  actors: [],
  fatalities: 46,
  injured: null,
  sourceIds: ['s_000000000001'],
  noteIds: ['n_000000000001'],
  tags: [],
  created: '2021-10-08T10:00:00.000Z',
  updated: '2021-10-08T10:00:00.000Z',
};

describe('event popup', () => {
  const open = vi.fn();
  const el = buildEventPopup(document, event, { notes: [{ id: 'n_000000000001', title: `<script>alert(2)</script>` }], sources: [{ id: 's_000000000001', title: HOSTILE, grade: 'B2' }] }, open);

  it('shows titles and names as text, never as HTML', () => {
    expect(el.querySelector('img, script, b')).toBeNull();
    expect(el.querySelector('.map-popup-title')!.textContent).toBe(HOSTILE);
    expect(el.textContent).toContain('<b>Kunduz</b>');
    expect(el.textContent).toContain('<script>alert(2)</script>');
  });

  it('shows date, type, casualties (not reported ≠ 0) and precision', () => {
    expect(el.textContent).toContain('2021-10-08');
    expect(el.textContent).toContain('Explosions/Remote violence · Suicide bomb');
    expect(el.textContent).toContain('Fatalities 46 · injured not reported');
    expect(el.textContent).toContain('Town or outskirts (within 5 km)');
  });

  it('opens the event, its notes and its sources', () => {
    const buttons = [...el.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toEqual(['Open event', '<script>alert(2)</script>', `B2 ${HOSTILE}`]);
    buttons.forEach((b) => b.click());
    expect(open.mock.calls).toEqual([
      ['event', 'e_000000000001'],
      ['note', 'n_000000000001'],
      ['source', 's_000000000001'],
    ]);
  });
});

describe('popup of events at one spot', () => {
  it('lists them newest first as text buttons, and says how many it leaves out', () => {
    const open = vi.fn();
    const older = { ...event, id: 'e_000000000002', date: '2020-01-01', title: 'Older <i>one</i>' };
    const el = buildPilePopup(document, [older, event], 30, open);
    expect(el.querySelector('img, i')).toBeNull();
    expect([...el.querySelectorAll('button')].map((b) => b.textContent)).toEqual([`2021-10-08 ${HOSTILE}`, '2020-01-01 Older <i>one</i>']);
    expect(el.textContent).toContain('30 events at this spot');
    expect(el.textContent).toContain('and 28 more');
    el.querySelectorAll('button')[1]!.click();
    expect(open).toHaveBeenCalledWith('event', 'e_000000000002');
  });
});
