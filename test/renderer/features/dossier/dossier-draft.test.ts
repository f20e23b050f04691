import { describe, expect, it } from 'vitest';
import { draftFromDossier, emptyDraft, fieldsFromDraft, moveItem, sameDraft, selectionOf } from '../../../../renderer/features/dossier/dossier-draft';
import type { Dossier } from '../../../../shared/model';

const saved: Dossier = {
  id: 'd_000000000001',
  title: 'Border',
  subtitle: '',
  author: 'A',
  date: '2023-01-01',
  tlp: 'RED',
  summary: '',
  selection: { kind: 'tag', tag: 'border/panj' },
  noteIds: ['n_000000000002', 'n_000000000001'],
  mapFrame: 'kabul',
  created: '2023-01-01T00:00:00.000Z',
  updated: '2023-01-01T00:00:00.000Z',
};

describe('dossier editor draft', () => {
  it('round-trips a saved dossier and notices changes', () => {
    const d = draftFromDossier(saved);
    expect(d).toMatchObject({ mode: 'tag', tag: 'border/panj', query: '', tlp: 'RED', mapFrame: 'kabul' });
    expect(sameDraft(d, draftFromDossier(saved))).toBe(true);
    expect(sameDraft(d, { ...d, title: 'Other' })).toBe(false);
    const result = fieldsFromDraft(d);
    expect(result.ok && result.fields).toMatchObject({ title: 'Border', selection: { kind: 'tag', tag: 'border/panj' }, noteIds: saved.noteIds, mapFrame: 'kabul' });
  });

  it('asks for what is missing instead of saving half a dossier', () => {
    expect(fieldsFromDraft(emptyDraft('2023-01-01', 'AMBER'))).toEqual({ ok: false, errors: ['Give the dossier a title.'] });
    expect(fieldsFromDraft({ ...emptyDraft('2023-01-01', 'AMBER'), title: 'x', mode: 'query' })).toEqual({ ok: false, errors: ['Type what to search for.'] });
    expect(selectionOf({ ...emptyDraft('2023-01-01', 'AMBER'), mode: 'tag', tag: '#kabul ' })).toEqual({ kind: 'tag', tag: 'kabul' });
  });

  it('moves notes up and down within the list', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 5)).toEqual(['a', 'b', 'c']);
  });
});
