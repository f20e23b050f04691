import { describe, it, expect } from 'vitest';
import { foldCase, foldWithOffsets } from '../../../shared/links/fold';
import { findMentions } from '../../../shared/links/mentions';

describe('foldCase', () => {
  it('folds Latin and Cyrillic, keeps Arabic-script letters distinct', () => {
    expect(foldCase('KaBuL ДуШаНбЕ')).toBe('kabul душанбе');
    expect(foldCase('کابل كابل')).toBe('کابل كابل');
  });
});

describe('foldWithOffsets', () => {
  it('maps each folded unit back to its source cluster', () => {
    const folded = foldWithOffsets('ﬁ  E\u0301x');
    expect(folded.text).toBe('fi \u00e9x');
    expect(folded.starts).toEqual([0, 0, 1, 3, 5]);
    expect(folded.ends).toEqual([1, 1, 3, 5, 6]);
  });

  it('lets mentions match through a ligature but not half of one', () => {
    expect(findMentions('the ﬁeld office', 'field').map((m) => [m.start, m.end])).toEqual([[4, 8]]);
    // "¼" folds to "1⁄4"; a title starting at its "⁄4" must not match inside it.
    expect(findMentions('add ¼ cup', '⁄4 cup')).toEqual([]);
    expect(findMentions('add 1⁄4 cup', '⁄4 cup')).toEqual([]);
    expect(findMentions('add ¼ cup', '1⁄4 cup').map((m) => [m.start, m.end])).toEqual([[4, 9]]);
  });
});
