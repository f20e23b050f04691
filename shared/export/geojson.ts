import type { Event, Source } from '../model';

/**
 * Events as an RFC 7946 GeoJSON FeatureCollection: one Point per event ([longitude, latitude],
 * WGS84), its fields as properties under their own names, sources named as well as referenced so
 * the file stands on its own in QGIS or a web map.
 */
export function eventsToGeoJson(events: readonly Event[], sources: Iterable<Source>): object {
  const byId = new Map<string, Source>();
  for (const s of sources) byId.set(s.id, s);
  return {
    type: 'FeatureCollection',
    features: events.map((e) => ({
      type: 'Feature',
      id: e.id,
      geometry: { type: 'Point', coordinates: [e.location.lng, e.location.lat] },
      properties: {
        id: e.id,
        title: e.title,
        description: e.description,
        date: e.date,
        endDate: e.endDate ?? null,
        datePrecision: e.datePrecision,
        place: e.location.name,
        geoPrecision: e.location.precision,
        eventType: e.eventType,
        subEventType: e.subEventType,
        actors: e.actors,
        fatalities: e.fatalities,
        injured: e.injured,
        sources: e.sourceIds.map((id) => {
          const s = byId.get(id);
          return s ? { id, title: s.title, outlet: s.outlet ?? null, grade: `${s.reliability}${s.credibility}`, url: s.url ?? null } : { id, title: null, outlet: null, grade: null, url: null };
        }),
        noteIds: e.noteIds,
        tags: e.tags,
        created: e.created,
        updated: e.updated,
      },
    })),
  };
}
