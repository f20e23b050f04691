// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { SearchResults, SearchStatus } from '../../../../shared/ipc';
import { SearchBox } from '../../../../renderer/features/search';
import { useApp } from '../../../../renderer/state/app-context';
import { fakeApi, renderInApp, settle, type, type Rendered } from '../sources/render-kit';

const RESULTS: SearchResults = {
  hits: [
    { kind: 'note', id: 'n_1', title: 'Kunduz mosque attack', snippet: '…Daesh claimed the Kunduz attack…', highlights: [[19, 25]], titleHighlights: [[0, 6]], score: 3.2 },
    { kind: 'source', id: 's_1', title: 'انفجار در کندز <img src=x onerror="window.pwned=1">', snippet: 'در کندز دست‌کم ۴۶ تن کشته شدند', highlights: [[3, 7]], titleHighlights: [[10, 14]], score: 2.9 },
    { kind: 'event', id: 'e_1', title: 'Mosque bombing in Kunduz', snippet: 'A suicide bomber attacked worshippers.', highlights: [], titleHighlights: [[18, 24]], score: 2.5 },
    { kind: 'note', id: 'n_2', title: 'Market prices', snippet: 'Flour is dearer in Kunduz.', highlights: [[19, 25]], titleHighlights: [], score: 1.1 },
  ],
  counts: { note: 5, source: 1, event: 1 },
  warnings: [],
};

/** Shows the search results' events that the map reads from app state. */
function MapProbe() {
  const { state } = useApp();
  return <output data-testid="map" data-events={state.searchEventIds.join(',')} />;
}

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

const wait = (ms: number) => act(() => new Promise<void>((r) => setTimeout(r, ms)));
const input = () => view!.container.querySelector<HTMLInputElement>('input[aria-label="Search"]')!;
const press = async (key: string) => {
  await act(async () => {
    input().dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
  await settle();
};

async function open(status: SearchStatus = { state: 'ready', done: 0, total: 0 }) {
  const fake = fakeApi({ 'search.status': () => status, 'search.query': () => RESULTS });
  view = await renderInApp(
    <>
      <SearchBox />
      <MapProbe />
    </>,
    fake.api,
  );
  return fake;
}

describe('SearchBox', () => {
  it('keeps the label "Search", and asks for the best of each kind', async () => {
    const fake = await open();
    expect(input().getAttribute('aria-label')).toBe('Search');
    await type(input(), 'kunduz');
    await wait(200);
    expect(fake.callsOf('search.query').at(-1)).toEqual({ query: 'kunduz', limit: 60, perKind: 20 });
  });

  it('groups results by kind with counts, highlights matched words as <mark>, and never renders HTML from a title', async () => {
    await open();
    await type(input(), 'kunduz');
    await wait(200);
    const groups = [...view!.container.querySelectorAll('[role="group"]')];
    expect(groups.map((g) => g.querySelector('.search-group-heading')!.textContent)).toEqual(['Notes 5', 'Sources 1', 'Events 1']);
    expect(groups[0]!.querySelectorAll('[role="option"]')).toHaveLength(2);
    expect(groups[0]!.querySelector('.search-more')!.textContent).toMatch(/^3 more/);
    expect([...view!.container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Kunduz', 'Kunduz', 'Kunduz', 'کندز', 'کندز', 'Kunduz']);
    expect(view!.container.querySelector('img')).toBeNull();
    expect(view!.container.textContent).toContain('<img src=x onerror="window.pwned=1">');
  });

  it('moves through the results with the arrow keys and opens one with Enter', async () => {
    await open();
    await type(input(), 'kunduz');
    await wait(200);
    await press('ArrowDown');
    await press('ArrowDown');
    const active = view!.container.querySelector('[role="option"][aria-selected="true"]')!;
    expect(active.textContent).toContain('Market prices');
    expect(input().getAttribute('aria-activedescendant')).toBe(active.id);
    await press('ArrowUp');
    await press('ArrowUp'); // past the first, round to the last
    expect(view!.container.querySelector('[aria-selected="true"]')!.textContent).toContain('Mosque bombing');
    await press('Enter');
    expect(view!.probe().selection).toEqual({ kind: 'event', id: 'e_1' });
  });

  it('publishes the events among the results for the map, and clears them with the box', async () => {
    await open();
    await type(input(), 'kunduz');
    await wait(200);
    const map = () => view!.container.querySelector<HTMLElement>('[data-testid="map"]')!.dataset['events'];
    expect(map()).toBe('e_1');
    await press('Escape');
    expect(input().value).toBe('');
    expect(view!.container.querySelector('[role="listbox"]')).toBeNull();
    expect(map()).toBe('');
  });

  it('shows "Indexing…" with progress while the index builds', async () => {
    await open({ state: 'indexing', done: 400, total: 1000 });
    expect(view!.container.querySelector('.search-status')!.textContent).toContain('Indexing… 40%');
    expect(view!.container.querySelector('progress')!.getAttribute('value')).toBe('400');
  });

  it('lists the operators under the ? button', async () => {
    await open();
    const help = view!.container.querySelector<HTMLButtonElement>('button[aria-label="Search syntax"]')!;
    await act(async () => help.click());
    expect(view!.container.querySelector('[role="note"]')!.textContent).toMatch(/grade:A-B.*from:2021-10-01 to:2021-10-31.*in:map/s);
  });
});
