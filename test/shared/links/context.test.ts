import { describe, it, expect } from 'vitest';
import { contextAround } from '../../../shared/links/context';
import * as links from '../../../shared/links';

describe('contextAround', () => {
  it('returns short text whole, on one line', () => {
    const text = 'a\n  b   MATCH\tc';
    expect(contextAround(text, text.indexOf('MATCH'), text.indexOf('MATCH') + 5)).toBe('a b MATCH c');
  });

  it('cuts long text at word breaks about radius characters out', () => {
    const text = 'one two three four five six seven MATCH eight nine ten eleven twelve thirteen';
    const at = text.indexOf('MATCH');
    expect(contextAround(text, at, at + 5, 12)).toBe('six seven MATCH eight nine');
  });

  it('stays inside the paragraph', () => {
    const text = 'before\n \nMATCH here\n\nafter';
    expect(contextAround(text, 9, 14)).toBe('MATCH here');
  });
});

describe('barrel', () => {
  it('re-exports the public API', () => {
    for (const name of ['parseWikiLinks', 'normalizeTitle', 'parseCitations', 'formatCitation', 'rewriteLinksForRename',
      'isLinkableTitle', 'findMentions', 'computeLinks', 'buildTitleIndex', 'resolveTarget', 'findCodeRegions']) {
      expect(typeof (links as Record<string, unknown>)[name], name).toBe('function');
    }
  });
});
