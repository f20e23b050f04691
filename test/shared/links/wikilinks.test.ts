import { describe, it, expect } from 'vitest';
import { normalizeTitle, parseWikiLinks } from '../../../shared/links/wikilinks';

describe('parseWikiLinks', () => {
  it('parses the four forms with offsets into the text', () => {
    const text = 'See [[Kabul]], [[Kabul|the capital]], [[Kabul#History]] and [[ Kabul # Airport | KBL ]].';
    expect(parseWikiLinks(text)).toEqual([
      { raw: '[[Kabul]]', target: 'Kabul', start: 4, end: 13 },
      { raw: '[[Kabul|the capital]]', target: 'Kabul', label: 'the capital', start: 15, end: 36 },
      { raw: '[[Kabul#History]]', target: 'Kabul', heading: 'History', start: 38, end: 55 },
      { raw: '[[ Kabul # Airport | KBL ]]', target: 'Kabul', heading: 'Airport', label: 'KBL', start: 60, end: 87 },
    ]);
    const last = parseWikiLinks(text)[3]!;
    expect(text.slice(last.start, last.end)).toBe(last.raw);
  });

  it('puts a # after the pipe in the label', () => {
    expect(parseWikiLinks('[[A|see #3]]')).toEqual([{ raw: '[[A|see #3]]', target: 'A', label: 'see #3', start: 0, end: 12 }]);
  });

  it('ignores empty targets, headings and labels', () => {
    expect(parseWikiLinks('[[#Only heading]] [[ |x]] [[]]')).toEqual([]);
    const [link] = parseWikiLinks('[[A#|]]');
    expect(link).toEqual({ raw: '[[A#|]]', target: 'A', start: 0, end: 7 });
  });

  it('does not span lines and reads [[[x]]] as [[x]] in brackets', () => {
    expect(parseWikiLinks('[[A\nB]]')).toEqual([]);
    expect(parseWikiLinks('[[[Kabul]]]').map((l) => [l.target, l.start])).toEqual([['Kabul', 1]]);
    expect(parseWikiLinks('[[a [[b]]').map((l) => l.target)).toEqual(['b']);
  });

  it('allows single brackets inside a target', () => {
    expect(parseWikiLinks('[[Report [draft] 2]]').map((l) => l.target)).toEqual(['Report [draft] 2']);
  });

  it('skips links in fenced blocks and code spans but not in indented text', () => {
    const text = [
      '```',
      '[[InFence]]',
      '```',
      '~~~md',
      '[[InTilde]]',
      '~~~',
      'inline `[[InSpan]]` and ``[[In`Double]]`` and [[Real]]',
      '',
      '    [[Indented]]',
    ].join('\n');
    expect(parseWikiLinks(text).map((l) => l.target)).toEqual(['Real', 'Indented']);
  });

  it('does not let a link run into a code span', () => {
    expect(parseWikiLinks('[[A `x]]`')).toEqual([]);
  });

  it('keeps offsets in UTF-16 units for non-Latin text', () => {
    const text = 'Город 🙂 [[Душанбе]] و [[کابل|Kabul]]';
    const links = parseWikiLinks(text);
    expect(links.map((l) => l.target)).toEqual(['Душанбе', 'کابل']);
    expect(links.map((l) => text.slice(l.start, l.end))).toEqual(['[[Душанбе]]', '[[کابل|Kabul]]']);
  });
});

describe('normalizeTitle', () => {
  it('trims, collapses whitespace and folds case', () => {
    expect(normalizeTitle('  Kabul \t  Airport\n')).toBe('kabul airport');
  });

  it('folds Cyrillic and leaves Arabic script unchanged', () => {
    expect(normalizeTitle('ДУШАНБЕ')).toBe('душанбе');
    expect(normalizeTitle('کابل')).toBe('کابل');
    expect(normalizeTitle('مزار شریف')).toBe('مزار شریف');
  });

  it('applies NFKC: full-width letters, ligatures, composed accents, presentation forms', () => {
    expect(normalizeTitle('ＫＡＢＵＬ')).toBe('kabul');
    expect(normalizeTitle('ﬁeld')).toBe('field');
    expect(normalizeTitle('Cafe\u0301')).toBe('caf\u00e9');
    expect(normalizeTitle('\ufedb\ufe8e\ufe91\ufede')).toBe('كابل');
  });
});
