import { describe, it, expect } from 'vitest';
import { buildTitleIndex, computeLinks, resolveTarget } from '../../../shared/links/graph';

const notes = [
  { id: 'n_03', title: 'Kabul Airport', body: 'Flights resumed. See [[Kabul]] and [[Kabul Airport#Runway]].' },
  { id: 'n_01', title: 'Kabul', body: 'Capital. Links: [[kabul airport|KBL]], [[Kabul Airport]], [[Bagram]], [[bagram]], [[Nowhere]]. [@s_x, p. 2]' },
  { id: 'n_02', title: 'Border', body: 'Trucks from Kabul airport and [[n_01|the capital]]. Later [[Kabul]] again.' },
  { id: 'n_04', title: 'Notes', body: 'Nothing about it except `Kabul Airport` in code.' },
];

describe('buildTitleIndex and resolveTarget', () => {
  const dupes = [
    { id: 'n_09', title: 'Report' },
    { id: 'n_05', title: 'report ' },
    { id: 'n_07', title: 'REPORT' },
  ];

  it('resolves duplicate titles to the smallest id, whatever the order', () => {
    expect(buildTitleIndex(dupes).get('report')).toBe('n_05');
    expect(buildTitleIndex([...dupes].reverse()).get('report')).toBe('n_05');
  });

  it('resolves by exact id, then by normalized title', () => {
    const byId = new Map(dupes.map((n) => [n.id, n]));
    const index = buildTitleIndex(dupes);
    expect(resolveTarget(index, byId, 'n_09')?.id).toBe('n_09');
    expect(resolveTarget(index, byId, '  rePort ')?.id).toBe('n_05');
    expect(resolveTarget(index, byId, 'N_09')).toBeUndefined();
    expect(resolveTarget(index, byId, 'missing')).toBeUndefined();
  });
});

describe('computeLinks', () => {
  it('lists outgoing links once per note and unresolved targets once each', () => {
    const links = computeLinks(notes, 'n_01');
    expect(links.outgoing).toEqual([{ target: 'kabul airport', noteId: 'n_03', title: 'Kabul Airport' }]);
    expect(links.unresolved).toEqual(['Bagram', 'Nowhere']);
    const body = notes[1]!.body;
    const at = body.indexOf('[@s_x');
    expect(links.citations).toEqual([{ sourceId: 's_x', locator: 'p. 2', start: at, end: at + '[@s_x, p. 2]'.length }]);
    expect(at).toBeGreaterThan(0);
  });

  it('lists backlinks by title and by id, one per linking note, with context', () => {
    const links = computeLinks(notes, 'n_01');
    expect(links.backlinks).toEqual([
      { noteId: 'n_03', title: 'Kabul Airport', context: 'Flights resumed. See [[Kabul]] and [[Kabul Airport#Runway]].' },
      { noteId: 'n_02', title: 'Border', context: 'Trucks from Kabul airport and [[n_01|the capital]]. Later [[Kabul]] again.' },
    ]);
  });

  it('lists unlinked mentions outside links and code, one per note', () => {
    const links = computeLinks(notes, 'n_03');
    expect(links.unlinkedMentions).toEqual([
      { noteId: 'n_02', title: 'Border', context: 'Trucks from Kabul airport and [[n_01|the capital]].' },
    ]);
    expect(links.backlinks.map((b) => b.noteId)).toEqual(['n_01']);
  });

  it('counts a self-link as outgoing but not as a backlink', () => {
    const links = computeLinks(notes, 'n_03');
    expect(links.outgoing.map((o) => o.noteId)).toEqual(['n_01', 'n_03']);
    expect(links.backlinks.map((b) => b.noteId)).not.toContain('n_03');
  });

  it('sends links to a duplicated title to the oldest note only', () => {
    const dup = [
      { id: 'n_2', title: 'Report', body: 'newer' },
      { id: 'n_1', title: 'Report', body: 'older' },
      { id: 'n_3', title: 'Reader', body: '[[report]]' },
    ];
    expect(computeLinks(dup, 'n_1').backlinks.map((b) => b.noteId)).toEqual(['n_3']);
    expect(computeLinks(dup, 'n_2').backlinks).toEqual([]);
    expect(computeLinks(dup, 'n_3').outgoing).toEqual([{ target: 'report', noteId: 'n_1', title: 'Report' }]);
  });

  it('returns empty lists for an unknown focus', () => {
    expect(computeLinks(notes, 'n_99')).toEqual({ outgoing: [], backlinks: [], unresolved: [], unlinkedMentions: [], citations: [] });
  });
});
