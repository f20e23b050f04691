import { describe, expect, it } from 'vitest';
import { groupHits, moveActive, visibleOrder } from '../../../../renderer/features/search';

const hit = (kind: 'note' | 'source' | 'event', id: string) => ({ kind, id, title: id, snippet: '', highlights: [], titleHighlights: [], score: 1 });

describe('grouping and keyboard order', () => {
  it('groups notes, sources, events in that order, keeping rank order inside, and drops empty kinds', () => {
    const groups = groupHits({ hits: [hit('event', 'e1'), hit('note', 'n1'), hit('event', 'e2'), hit('note', 'n2')], counts: { note: 2, source: 0, event: 9 }, warnings: [] });
    expect(groups.map((g) => [g.label, g.count, g.hits.map((h) => h.id)])).toEqual([
      ['Notes', 2, ['n1', 'n2']],
      ['Events', 9, ['e1', 'e2']],
    ]);
    expect(visibleOrder(groups).map((h) => h.id)).toEqual(['n1', 'n2', 'e1', 'e2']);
  });

  it('moves the active row with wrap-around, starting from either end', () => {
    expect(moveActive(-1, 3, 'ArrowDown')).toBe(0);
    expect(moveActive(-1, 3, 'ArrowUp')).toBe(2);
    expect(moveActive(2, 3, 'ArrowDown')).toBe(0);
    expect(moveActive(0, 3, 'ArrowUp')).toBe(2);
    expect(moveActive(0, 0, 'ArrowDown')).toBe(-1);
  });
});
