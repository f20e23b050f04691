import { describe, expect, it } from 'vitest';
import { NO_FILTER, filterEvents, isFiltering, matchesFilter } from '../../../renderer/state/event-filter';
import { initialState, reduce } from '../../../renderer/state/app-state';

const ev = (date: string, eventType: 'Battles' | 'Protests' = 'Battles', endDate?: string) => ({ date, eventType, ...(endDate ? { endDate } : {}) });

describe('the map’s event filter', () => {
  it('lets everything through when nothing is set, returning the same array', () => {
    const all = [ev('2021-10-08'), ev('2022-01-01', 'Protests')];
    expect(isFiltering(NO_FILTER)).toBe(false);
    expect(filterEvents(all, NO_FILTER)).toBe(all);
  });

  it('keeps events in the inclusive date range, and events that lasted into it', () => {
    const f = { from: '2021-10-01', to: '2021-10-31', hiddenTypes: [] };
    expect(matchesFilter(ev('2021-10-01'), f)).toBe(true);
    expect(matchesFilter(ev('2021-10-31'), f)).toBe(true);
    expect(matchesFilter(ev('2021-09-30'), f)).toBe(false);
    expect(matchesFilter(ev('2021-11-01'), f)).toBe(false);
    expect(matchesFilter(ev('2021-09-25', 'Battles', '2021-10-02'), f)).toBe(true);
    expect(matchesFilter(ev('2021-09-25', 'Battles', '2021-09-29'), f)).toBe(false);
  });

  it('open ends and hidden types', () => {
    expect(matchesFilter(ev('1990-01-01'), { to: '2021-01-01', hiddenTypes: [] })).toBe(true);
    expect(matchesFilter(ev('2099-01-01'), { from: '2021-01-01', hiddenTypes: [] })).toBe(true);
    const noBattles = { hiddenTypes: ['Battles' as const] };
    expect(isFiltering(noBattles)).toBe(true);
    expect(filterEvents([ev('2021-10-08'), ev('2021-10-08', 'Protests')], noBattles)).toEqual([ev('2021-10-08', 'Protests')]);
  });

  it('is app state, changed by a named action', () => {
    const s = reduce(initialState, { type: 'eventFilter', filter: { from: '2021-10-01', hiddenTypes: ['Riots'] } });
    expect(s.eventFilter).toEqual({ from: '2021-10-01', hiddenTypes: ['Riots'] });
  });
});

describe('mapPicked', () => {
  it('keeps the picked point for the event form, and drops it when the selection changes', () => {
    const picked = reduce(reduce(initialState, { type: 'select', selection: { kind: 'new-event' } }), { type: 'mapPicked', lat: 36.7, lng: 68.9, name: 'Kunduz' });
    expect(picked.mapPick).toEqual({ lat: 36.7, lng: 68.9, name: 'Kunduz' });
    expect(reduce(picked, { type: 'select', selection: { kind: 'new-event' } }).mapPick).toBeUndefined();
  });
});
