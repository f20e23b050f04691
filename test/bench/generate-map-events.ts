/**
 * A notebook of many events spread over the region, for the map's e2e test and benchmark:
 * created through NotebookStore in one commit (one journal line), which takes a second where
 * 5,000 `frontier event add` runs would take minutes. Events cluster round real towns (Kabul,
 * the Panj valley, Moscow) with a spread of tens of kilometres, as reporting does, over 2021–2024.
 * One note ("Border incidents") is linked to every 100th event near the border.
 */
import { ACLED_EVENT_TYPES, ACLED_TAXONOMY } from '../../shared/geo/acled';
import { Event, Note, type GeoPrecision } from '../../shared/model';
import { newId } from '../../main/core/ids';
import { NotebookStore } from '../../main/core/store';
import { Rng } from './prng';

const HUBS: ReadonlyArray<readonly [string, number, number, number]> = [
  // name, lat, lng, weight
  ['Kabul', 34.53, 69.17, 6],
  ['Kunduz', 36.73, 68.86, 4],
  ['Sherkhan Bandar', 37.19, 68.6, 2],
  ['Panj', 37.24, 69.1, 2],
  ['Khorugh', 37.49, 71.55, 2],
  ['Ishkashim', 36.71, 71.6, 1],
  ['Fayzabad', 37.12, 70.58, 2],
  ['Mazar-e Sharif', 36.71, 67.11, 3],
  ['Jalalabad', 34.43, 70.45, 2],
  ['Herat', 34.35, 62.2, 2],
  ['Kandahar', 31.61, 65.71, 2],
  ['Dushanbe', 38.54, 68.78, 2],
  ['Moscow', 55.76, 37.62, 3],
];

export const BORDER_NOTE_TITLE = 'Border incidents';

export interface MapNotebookStats {
  events: number;
  linkedToNote: number;
  first: string;
  last: string;
}

export async function writeMapNotebook(dir: string, count: number, seed = 'frontier-map'): Promise<MapNotebookStats> {
  const rng = new Rng(`${seed}:${count}`);
  const start = Date.UTC(2021, 0, 1);
  const days = 4 * 365;
  let clock = Date.UTC(2025, 0, 1);
  const now = () => new Date((clock += 1));
  const store = await NotebookStore.create(dir, { title: `Map notebook (${count.toLocaleString('en-US')} events)` }, { now });
  const stamp = now().toISOString();
  const note = Note.parse({ id: newId('note', clock), title: BORDER_NOTE_TITLE, body: 'Incidents along the Panj.', tags: [], created: stamp, updated: stamp });
  const events: Event[] = [];
  let linked = 0;
  for (let i = 0; i < count; i++) {
    const [name, lat, lng] = rng.weighted(HUBS.map((h) => [h, h[3]] as const));
    const spread = rng.chance(0.7) ? 0.05 : 0.4;
    const type = rng.pick(ACLED_EVENT_TYPES);
    const date = new Date(start + rng.int(0, days) * 86_400_000).toISOString().slice(0, 10);
    const nearBorder = name === 'Sherkhan Bandar' || name === 'Panj' || name === 'Khorugh' || name === 'Ishkashim';
    const link = nearBorder && i % 100 === 0;
    if (link) linked++;
    const created = now().toISOString();
    events.push(
      Event.parse({
        id: newId('event', clock),
        title: `${rng.pick(ACLED_TAXONOMY[type])} near ${name}`,
        date,
        datePrecision: 'day',
        location: {
          name,
          lat: Math.round((lat + (rng.next() - 0.5) * 2 * spread) * 1e4) / 1e4,
          lng: Math.round((lng + (rng.next() - 0.5) * 2 * spread) * 1e4) / 1e4,
          precision: rng.weighted<GeoPrecision>([['exact', 5], ['near', 4], ['admin-region', 1]]),
        },
        eventType: type,
        subEventType: rng.pick(ACLED_TAXONOMY[type]),
        fatalities: rng.chance(0.5) ? rng.int(0, 20) : null,
        noteIds: link ? [note.id] : [],
        created,
        updated: created,
      }),
    );
  }
  await store.commit([{ op: 'put', c: 'notes', v: note }, ...events.map((v) => ({ op: 'put' as const, c: 'events' as const, v }))]);
  await store.close();
  const dates = events.map((e) => e.date).sort();
  return { events: events.length, linkedToNote: linked, first: dates[0]!, last: dates.at(-1)! };
}
