import { describe, it, expect } from 'vitest';
import { formatCitation, parseCitations } from '../../../shared/links/citations';

describe('parseCitations', () => {
  it('parses an id alone', () => {
    expect(parseCitations('As reported [@s_01j9x3k7q2mv].')).toEqual([{ sourceId: 's_01j9x3k7q2mv', start: 12, end: 29 }]);
  });

  it('parses locators of several shapes, trimmed', () => {
    const locators = ['p. 4', 'pp. 4-5', 'para 12', '§ 3', '00:12:30', 'p. 4, para 2'];
    for (const loc of locators) {
      expect(parseCitations(`[@s_a,   ${loc}  ]`)).toEqual([{ sourceId: 's_a', locator: loc, start: 0, end: 12 + loc.length }]);
    }
  });

  it('parses an excerpt, with or without a locator', () => {
    expect(parseCitations('[@s_a, "the bridge was closed"]')).toEqual([
      { sourceId: 's_a', excerpt: 'the bridge was closed', start: 0, end: 31 },
    ]);
    expect(parseCitations('[@s_a, p. 4, "closed"]')).toEqual([{ sourceId: 's_a', locator: 'p. 4', excerpt: 'closed', start: 0, end: 22 }]);
    expect(parseCitations('[@s_a, p. 4, para 2, "x"]')[0]?.locator).toBe('p. 4, para 2');
  });

  it('lets an excerpt hold ] ; , and any script, with \\" and \\\\ escapes', () => {
    const text = String.raw`[@s_a, "he said \"no\"; a [b], c \\ d — گفت: «نه» — сказал"]`;
    const [c] = parseCitations(text);
    expect(c?.excerpt).toBe('he said "no"; a [b], c \\ d — گفت: «نه» — сказал');
    expect(c?.end).toBe(text.length);
  });

  it('keeps other backslashes literal', () => {
    expect(parseCitations(String.raw`[@s_a, "C:\temp"]`)[0]?.excerpt).toBe(String.raw`C:\temp`);
  });

  it('parses several citations in one group, each with the group offsets', () => {
    const text = 'x [@s_abc; @s_def, p. 4; @s_ghi, "q; r"] y';
    expect(parseCitations(text)).toEqual([
      { sourceId: 's_abc', start: 2, end: 40 },
      { sourceId: 's_def', locator: 'p. 4', start: 2, end: 40 },
      { sourceId: 's_ghi', excerpt: 'q; r', start: 2, end: 40 },
    ]);
  });

  it('rejects malformed groups', () => {
    for (const bad of ['[@]', '[@s.a]', '[@s_a "x"]', '[@s_a, p. 4 "x"]', '[@s_a, "open]', '[@s_a; s_b]', '[see @s_a]', 'me@s_a', '[@s_a']) {
      expect(parseCitations(bad), bad).toEqual([]);
    }
  });

  it('does not let an excerpt cross a blank line', () => {
    expect(parseCitations('[@s_a, "one\n\ntwo"]')).toEqual([]);
    expect(parseCitations('[@s_a, "one\ntwo"]')[0]?.excerpt).toBe('one\ntwo');
  });

  it('skips code and the wikilink [[@x]]', () => {
    const text = '```\n[@s_fence]\n```\n`[@s_span]` [[@s_wiki]] [@s_real]';
    expect(parseCitations(text).map((c) => c.sourceId)).toEqual(['s_real']);
  });

  it('reads an excerpt containing a code span from the original text', () => {
    expect(parseCitations('[@s_a, "run `ls` now"]')[0]?.excerpt).toBe('run `ls` now');
  });
});

describe('formatCitation', () => {
  it('writes each form', () => {
    expect(formatCitation({ sourceId: 's_a' })).toBe('[@s_a]');
    expect(formatCitation({ sourceId: 's_a', locator: ' p. 4 ' })).toBe('[@s_a, p. 4]');
    expect(formatCitation({ sourceId: 's_a', excerpt: 'x' })).toBe('[@s_a, "x"]');
    expect(formatCitation({ sourceId: 's_a', locator: 'p. 4', excerpt: 'x' })).toBe('[@s_a, p. 4, "x"]');
  });

  it('escapes quotes and backslashes and collapses newlines', () => {
    expect(formatCitation({ sourceId: 's_a', excerpt: 'a "b" \\ c\n  d\r\ne' })).toBe(String.raw`[@s_a, "a \"b\" \\ c d e"]`);
  });

  it('round-trips through parseCitations', () => {
    const cases = [
      { sourceId: 's_01j9x3k7q2mv' },
      { sourceId: 'S-1', locator: '§ 3' },
      { sourceId: 's_a', locator: 'p. 4,', excerpt: '' },
      { sourceId: 's_a', locator: 'pp. 4-5', excerpt: String.raw`quote "inner" \" back\\slash ]; , Душанбе کابل` },
      { sourceId: 's_a', excerpt: '\\' },
    ];
    for (const c of cases) {
      const text = formatCitation(c);
      expect(parseCitations(text)).toEqual([{ ...c, start: 0, end: text.length }]);
    }
  });

  it('refuses ids and locators it cannot write', () => {
    expect(() => formatCitation({ sourceId: 's a' })).toThrow(/source id/);
    expect(() => formatCitation({ sourceId: 's_a', locator: 'p. 4]' })).toThrow(/locator/);
    expect(() => formatCitation({ sourceId: 's_a', locator: 'a;b' })).toThrow(/locator/);
  });
});
