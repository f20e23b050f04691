// @vitest-environment jsdom
import { act, createRef } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Event } from '../../../../shared/model';
import type { ReadoutHandle } from '../../../../renderer/features/map/CoordReadout';
import { MapView } from '../../../../renderer/features/map/MapView';
import { useApp } from '../../../../renderer/state/app-context';
import { NO_FILTER } from '../../../../renderer/state/event-filter';
import { event } from '../events/event-fixtures';
import { fakeApi, renderInApp, settle, type Rendered } from '../sources/render-kit';

/** Leaflet is not wanted here: the map is a stand-in that records what MapView asks of it. */
const fake = vi.hoisted(() => ({ fits: [] as string[][] }));
vi.mock('../../../../renderer/features/map/frontier-map', () => ({
  FrontierMap: class {
    readonly events = { setHighlighted() {}, setSelected() {}, setPickMode() {}, setPicked() {} };
    setEvents() {}
    setTiles() {}
    reveal() {}
    invalidateSize() {}
    destroy() {}
    fitEvents(events: readonly Event[]) {
      fake.fits.push(events.map((e) => e.id));
    }
  },
}));

const NOTE = { id: 'n_000000000001', title: 'Kunduz attacks', tags: [], created: '2021-10-09T08:00:00.000Z', updated: '2021-10-09T08:00:00.000Z' };
const OTHER = { ...NOTE, id: 'n_000000000002', title: 'Other' };
const BATTLE = event({ id: 'e_000000000001', eventType: 'Battles', subEventType: 'Armed clash', noteIds: [NOTE.id] });

let app: ReturnType<typeof useApp> | undefined;
function Grab() {
  app = useApp();
  return null;
}
const onReady = () => {};
const readout = createRef<ReadoutHandle>();

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
  fake.fits.length = 0;
});

beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});

async function render(events: () => Event[] | Promise<Event[]>) {
  const { api } = fakeApi({ 'notes.list': () => [NOTE, OTHER], 'events.list': events });
  view = await renderInApp(
    <>
      <MapView onReady={onReady} readout={readout} tiles="" />
      <Grab />
    </>,
    api,
  );
}

async function run(f: () => void) {
  await act(async () => f());
  await settle();
}

describe('MapView fits the map to an opened note’s events', () => {
  it('once they are shown, when the filter hid them as the note was opened', async () => {
    await render(() => [BATTLE]);
    await run(() => app!.dispatch({ type: 'eventFilter', filter: { hiddenTypes: ['Battles'] } }));
    await run(() => app!.open('note', NOTE.id));
    expect(fake.fits.filter((f) => f.length > 0)).toEqual([]);
    await run(() => app!.dispatch({ type: 'eventFilter', filter: NO_FILTER }));
    expect(fake.fits.filter((f) => f.length > 0)).toEqual([[BATTLE.id]]);
    // Fitted once: the filter changing again does not move the map while the note stays open.
    await run(() => app!.dispatch({ type: 'eventFilter', filter: { hiddenTypes: ['Protests'] } }));
    expect(fake.fits.filter((f) => f.length > 0)).toEqual([[BATTLE.id]]);
  });

  it('once they have loaded, when the note was opened before the events came', async () => {
    let loaded: (events: Event[]) => void = () => {};
    await render(() => new Promise<Event[]>((resolve) => (loaded = resolve)));
    await run(() => app!.open('note', NOTE.id));
    expect(fake.fits.filter((f) => f.length > 0)).toEqual([]);
    await run(() => loaded([BATTLE]));
    expect(fake.fits.filter((f) => f.length > 0)).toEqual([[BATTLE.id]]);
  });

  it('again when the note is opened again after another item, but not for a note with no events', async () => {
    await render(() => [BATTLE]);
    await run(() => app!.open('note', NOTE.id));
    await run(() => app!.open('note', OTHER.id));
    await run(() => app!.open('note', NOTE.id));
    expect(fake.fits).toEqual([[BATTLE.id], [BATTLE.id]]);
  });
});
