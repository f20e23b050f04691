import { ACLED_TAXONOMY, type AcledEventType } from '../../shared/geo/acled';
import type { DatePrecision, Event, GeoPrecision, Note, Source } from '../../shared/model';
import { EVENT_ACTORS, PLACES, paragraph, randomTopic, type Region } from './corpus';
import type { Rng } from './prng';

/** How often each ACLED event type occurs in each region (roughly as in ACLED's data for them). */
const TYPE_WEIGHTS: Record<Region, ReadonlyArray<readonly [AcledEventType, number]>> = {
  kabul: [
    ['Explosions/Remote violence', 3],
    ['Violence against civilians', 3],
    ['Battles', 1],
    ['Protests', 2],
    ['Strategic developments', 2],
    ['Riots', 0.5],
  ],
  border: [
    ['Battles', 4],
    ['Explosions/Remote violence', 2],
    ['Strategic developments', 3],
    ['Violence against civilians', 1],
    ['Protests', 0.5],
    ['Riots', 0.3],
  ],
  moscow: [
    ['Strategic developments', 5],
    ['Protests', 2],
    ['Violence against civilians', 1],
    ['Explosions/Remote violence', 0.5],
    ['Riots', 0.5],
  ],
};

type MakeId = (rng: Rng, prefix: string, ms: number, taken: Set<string>) => string;

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();
const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

function count(rng: Rng, median: number): number | null {
  if (rng.chance(0.4)) return null;
  return rng.chance(0.3) ? 0 : Math.max(0, Math.round(rng.logNormal(median, 1)));
}

/** The last 200 items created no later than `at`, from a list sorted by creation time. */
function recent<T extends { created: string }>(items: readonly T[], at: string): readonly T[] {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.created <= at) lo = mid + 1;
    else hi = mid;
  }
  return items.slice(Math.max(0, lo - 200), lo);
}

/** One ACLED-style event, created at `created`, citing earlier sources and notes. */
export function buildEvent(rng: Rng, created: number, ids: Set<string>, sources: readonly Source[], notes: readonly Note[], makeId: MakeId): Event {
  const region = rng.weighted<Region>([['border', 5], ['kabul', 3.5], ['moscow', 1.5]]);
  const place = rng.pick(PLACES.filter((p) => p.region === region));
  const eventType = rng.weighted(TYPE_WEIGHTS[region]);
  const subEventType = rng.pick(ACLED_TAXONOMY[eventType]);
  const precision = rng.weighted<GeoPrecision>([['exact', 3], ['near', 5], ['admin-region', 1.5], ['country', 0.3]]);
  const jitter = precision === 'exact' ? 0.01 : precision === 'near' ? 0.05 : 0;
  const date = created - rng.int(0, 14) * DAY;
  const datePrecision = rng.weighted<DatePrecision>([['day', 7], ['week', 1.5], ['month', 1], ['approximate', 0.5]]);
  const endDate = datePrecision === 'week' ? date + 6 * DAY : rng.chance(0.1) ? date + rng.int(1, 3) * DAY : undefined;
  const topic = randomTopic(rng, new Date(date), region);
  topic.place = place;
  // Sources and notes are in creation order: cite among the 200 made most recently before the event.
  const cited = recent(sources, iso(created));
  const linked = recent(notes, iso(created));
  return {
    id: makeId(rng, 'e', created, ids),
    title: `${subEventType} near ${place.en}`,
    description: paragraph(rng, 'en', topic, rng.int(1, 3)),
    date: iso(date).slice(0, 10),
    datePrecision,
    ...(endDate !== undefined ? { endDate: iso(endDate).slice(0, 10) } : {}),
    location: {
      name: place.en,
      lat: round4(place.lat + (rng.next() - 0.5) * 2 * jitter),
      lng: round4(place.lng + (rng.next() - 0.5) * 2 * jitter),
      precision,
    },
    eventType,
    subEventType,
    actors: rng.sample(EVENT_ACTORS[region], rng.int(1, 2)),
    fatalities: count(rng, 3),
    injured: count(rng, 5),
    sourceIds: rng.sample(cited.length > 0 ? cited : sources.slice(0, 200), rng.int(1, 3)).map((s) => s.id),
    noteIds: rng.sample(linked, rng.int(0, 2)).map((n) => n.id),
    tags: rng.chance(0.5) ? [region === 'moscow' ? 'russia' : region === 'kabul' ? 'kabul' : 'border/panj'] : [],
    created: iso(created),
    updated: iso(created + (rng.chance(0.7) ? 0 : rng.int(1, 20) * DAY)),
  };
}
