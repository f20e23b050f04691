import type { ParsedQuery, SearchKind } from '../../../shared/search';
import type { DocInfo } from './doc-info';

/** The map view for in:map: south/north latitudes, west/east longitudes (west > east crosses 180°). */
export interface Bbox {
  south: number;
  west: number;
  north: number;
  east: number;
}

function hasTag(tags: readonly string[], wanted: string): boolean {
  // Tags are hierarchical by convention (border/panj): tag:border finds the children too.
  return tags.some((t) => t === wanted || t.startsWith(`${wanted}/`));
}

function inBox(lat: number, lng: number, b: Bbox): boolean {
  if (lat < b.south || lat > b.north) return false;
  return b.west <= b.east ? lng >= b.west && lng <= b.east : lng >= b.west || lng <= b.east;
}

/**
 * The filters of a query (type:, tag:, grade:, from:/to:, in:map) as one test. Items without the
 * data a filter needs do not pass it: a note has no publication date, so from: leaves notes out;
 * grade: keeps sources only; in:map keeps what has a place (events, notes with a place).
 */
export function makeFilter(q: ParsedQuery, bbox: Bbox | undefined, warnings: string[]): (d: DocInfo) => boolean {
  const tests: Array<(d: DocInfo) => boolean> = [];
  if (q.types.length > 0) {
    const kinds = new Set<SearchKind>(q.types);
    tests.push((d) => kinds.has(d.kind));
  }
  if (q.excludedTypes.length > 0) {
    const kinds = new Set<SearchKind>(q.excludedTypes);
    tests.push((d) => !kinds.has(d.kind));
  }
  for (const tag of q.tags) tests.push((d) => hasTag(d.tags, tag));
  for (const tag of q.excludedTags) tests.push((d) => !hasTag(d.tags, tag));
  if (q.grade) {
    const lo = 'ABCDEF'.indexOf(q.grade.from);
    const hi = 'ABCDEF'.indexOf(q.grade.to);
    tests.push((d) => d.reliability !== undefined && d.reliability >= lo && d.reliability <= hi);
  }
  if (q.from || q.to) {
    const from = q.from ?? '0000-01-01';
    const to = q.to ?? '9999-12-31';
    // An event lasting several days matches when its span touches the period.
    tests.push((d) => d.dateFrom !== undefined && d.dateTo !== undefined && d.dateTo >= from && d.dateFrom <= to);
  }
  if (q.inMap) {
    if (bbox) tests.push((d) => d.lat !== undefined && d.lng !== undefined && inBox(d.lat, d.lng, bbox));
    else warnings.push('in:map needs the map view, and none was given; left out.');
  }
  return (d) => tests.every((t) => t(d));
}
