import type { SearchHit, SearchResults } from '../../../shared/ipc';

export type HitKind = SearchHit['kind'];

export interface HitGroup {
  kind: HitKind;
  label: string;
  /** Matches of this kind in all (the group shows the best of them). */
  count: number;
  hits: SearchHit[];
}

const ORDER: ReadonlyArray<[HitKind, string]> = [
  ['note', 'Notes'],
  ['source', 'Sources'],
  ['event', 'Events'],
];

/** Hits grouped by kind (notes, sources, events), each group in rank order; kinds without matches are left out. */
export function groupHits(results: SearchResults): HitGroup[] {
  return ORDER.map(([kind, label]) => ({ kind, label, count: results.counts[kind], hits: results.hits.filter((h) => h.kind === kind) })).filter((g) => g.count > 0 || g.hits.length > 0);
}

/** The hits in the order the list shows them, which is the order the arrow keys walk. */
export const visibleOrder = (groups: readonly HitGroup[]): SearchHit[] => groups.flatMap((g) => g.hits);

/** The next active index for an arrow key: wraps around, and starts at the first or last hit. */
export function moveActive(active: number, count: number, key: 'ArrowDown' | 'ArrowUp'): number {
  if (count === 0) return -1;
  if (active < 0) return key === 'ArrowDown' ? 0 : count - 1;
  return (active + (key === 'ArrowDown' ? 1 : count - 1)) % count;
}
