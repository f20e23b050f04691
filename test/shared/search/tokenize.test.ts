import { describe, expect, it } from 'vitest';
import { analyzeWord, scanWords, searchTerms } from '../../../shared/search';

describe('word splitting', () => {
  it('splits English, Russian and Dari on spaces, punctuation, hyphens and apostrophes, with offsets', () => {
    const words: Array<[string, number, number]> = [];
    const text = 'Taliban\'s fighters — «Вилаята Хорасан», Dasht-e Barchi; ۴۶ تن کشته شدند.';
    scanWords(text, (raw, start, end) => void words.push([raw, start, end]));
    expect(words.map((w) => w[0])).toEqual(['Taliban', 's', 'fighters', 'Вилаята', 'Хорасан', 'Dasht', 'e', 'Barchi', '۴۶', 'تن', 'کشته', 'شدند']);
    for (const [raw, start, end] of words) expect(text.slice(start, end)).toBe(raw);
  });

  it('keeps ZWNJ and connectors inside a word but not at its edges', () => {
    expect(searchTerms('کتاب‌ها می‌گویند s_1m8jsbhre4wg __init__ ‌کابل‌')).toEqual(['کتابها', 'میگویند', 's_1m8jsbhre4wg', 'init', 'کابل']);
  });

  it('gives a ZWNJ-joined word its whole form and its parts, so کتاب finds کتاب‌ها', () => {
    expect(analyzeWord('کتاب‌ها')).toEqual(['کتابها', 'کتاب', 'ها']);
    expect(analyzeWord('کتابها')).toEqual(['کتابها']);
    expect(analyzeWord('ـ')).toEqual([]);
  });

  it('uses a dictionary for scripts written without spaces', () => {
    expect(searchTerms('中华人民共和国 Kabul')).toEqual(['中华', '人民', '共和国', 'kabul']);
  });

  it('stops when the visitor says so, and starts where asked', () => {
    const seen: string[] = [];
    scanWords('one two three four', (raw) => (seen.push(raw), raw !== 'two'), 2);
    expect(seen).toEqual(['e', 'two']);
  });
});
