import Supercluster from 'supercluster';
import { ACLED_EVENT_TYPES } from '../../../shared/geo/acled';
import type { Event } from '../../../shared/model';

/**
 * Clustering stops at this zoom: from the next one every event is drawn on its own. Late, because
 * reported events pile up on town centres: thousands of single dots at city zoom would hide each
 * other and cost a canvas redraw each.
 */
export const CLUSTER_MAX_ZOOM = 12;

interface PointProps {
  i: number;
}
/**
 * Events of each ACLED type in a cluster (t0 … t5 in ACLED_EVENT_TYPES order). Scalars, not an
 * array: supercluster copies cluster properties shallowly, so an array would be shared and
 * double-counted between zoom levels.
 */
type ClusterProps = Record<string, number>;
const TYPE_KEYS = ACLED_EVENT_TYPES.map((_, k) => `t${k}`);

export type MapItem =
  | { kind: 'event'; event: Event; lat: number; lng: number }
  | { kind: 'cluster'; id: number; count: number; types: number[]; lat: number; lng: number };

/**
 * Supercluster over the events on the map: clusters at low zoom (each knowing its mix of event
 * types, for the ring drawn round it), single events from zoom CLUSTER_MAX_ZOOM + 1.
 */
export function createEventIndex(events: readonly Event[]) {
  const index = new Supercluster<PointProps, ClusterProps>({
    radius: 40,
    maxZoom: CLUSTER_MAX_ZOOM,
    map: (p) => {
      const type = ACLED_EVENT_TYPES.indexOf(events[p.i]!.eventType);
      return Object.fromEntries(TYPE_KEYS.map((key, k) => [key, k === type ? 1 : 0]));
    },
    reduce: (acc, p) => {
      for (const key of TYPE_KEYS) acc[key] = acc[key]! + p[key]!;
    },
  });
  index.load(
    events.map((e, i) => ({ type: 'Feature' as const, properties: { i }, geometry: { type: 'Point' as const, coordinates: [e.location.lng, e.location.lat] } })),
  );

  return {
    /** Clusters and single events inside [west, south, east, north] at a zoom. */
    query(bbox: [number, number, number, number], zoom: number): MapItem[] {
      return index.getClusters(bbox, Math.floor(zoom)).map((f) => {
        const [lng, lat] = f.geometry.coordinates as [number, number];
        const p = f.properties;
        if ('cluster' in p && p.cluster) return { kind: 'cluster', id: p.cluster_id, count: p.point_count, types: TYPE_KEYS.map((key) => Number(p[key])), lat, lng };
        return { kind: 'event', event: events[(p as PointProps).i]!, lat, lng };
      });
    },
    /** The zoom at which a cluster falls apart into smaller ones. */
    expansionZoom: (clusterId: number): number => index.getClusterExpansionZoom(clusterId),
    /** Up to `limit` of a cluster's events (for a pile that no zoom separates). */
    eventsOf: (clusterId: number, limit: number): Event[] => index.getLeaves(clusterId, limit).map((f) => events[f.properties.i]!),
  };
}

export type EventIndex = ReturnType<typeof createEventIndex>;
