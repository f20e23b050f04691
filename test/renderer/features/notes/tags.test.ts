import { describe, expect, it } from 'vitest';
import { formatTags, parseTags } from '../../../../renderer/features/notes/tags';

describe('tags input', () => {
  it('splits on spaces and commas, strips #, drops duplicates ignoring case', () => {
    expect(parseTags(' #kabul border/panj,  isis-k, #Kabul ,,')).toEqual({ tags: ['kabul', 'border/panj', 'isis-k'], invalid: [] });
    expect(parseTags('')).toEqual({ tags: [], invalid: [] });
    expect(parseTags('کابل مرز')).toEqual({ tags: ['کابل', 'مرز'], invalid: [] });
  });
  it('reports words that cannot be tags', () => {
    expect(parseTags('ok a]b c#d')).toEqual({ tags: ['ok'], invalid: ['a]b', 'c#d'] });
  });
  it('shows tags as #tag', () => {
    expect(formatTags(['kabul', 'border/panj'])).toBe('#kabul #border/panj');
  });
});
