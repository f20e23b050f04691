import { describe, expect, it } from 'vitest';
import { foldWord } from '../../../shared/search';

describe('foldWord', () => {
  it('folds case, compatibility forms and Latin diacritics', () => {
    expect(foldWord('Kunduz')).toBe('kunduz');
    expect(foldWord('Café')).toBe('cafe');
    expect(foldWord('ＫＡＢＵＬ')).toBe('kabul');
    expect(foldWord('ﬁghters')).toBe('fighters');
    expect(foldWord('İstanbul')).toBe('istanbul');
  });

  it('folds Cyrillic ё to е but keeps й, and maps Tajik letters to the Russian keyboard', () => {
    expect(foldWord('Ёлка')).toBe('елка');
    expect(foldWord('ПЕРЕСЕЛЁННЫЕ')).toBe('переселенные');
    expect(foldWord('мой')).toBe('мой');
    expect(foldWord('мой')).not.toBe(foldWord('мои'));
    expect(foldWord('Раҳмон')).toBe(foldWord('Рахмон'));
    expect(foldWord('Тоҷикистон')).toBe('точикистон');
    expect(foldWord('Қурбон')).toBe('курбон');
  });

  it('unifies the Arabic and Persian forms of yeh, kaf, teh marbuta, heh and alef', () => {
    expect(foldWord('كابل')).toBe(foldWord('کابل')); // Arabic kaf / keheh
    expect(foldWord('علي')).toBe(foldWord('علی')); // Arabic yeh / Persian yeh
    expect(foldWord('موسى')).toBe(foldWord('موسی')); // alef maksura
    expect(foldWord('القاعدة')).toBe(foldWord('القاعده')); // teh marbuta
    expect(foldWord('أحمد')).toBe('احمد');
    expect(foldWord('إسلام')).toBe('اسلام');
    expect(foldWord('آمو')).toBe('امو');
    expect(foldWord('خانۀ')).toBe(foldWord('خانه'));
    expect(foldWord('ﻛﺘﺎﺏ')).toBe('کتاب'); // presentation forms
  });

  it('removes tatweel, harakat, ZWNJ and ZWJ, and makes Persian and Arabic-Indic digits ASCII', () => {
    expect(foldWord('کـــابل')).toBe('کابل');
    expect(foldWord('كِتَابٌ')).toBe('کتاب');
    expect(foldWord('کتاب‌ها')).toBe('کتابها');
    expect(foldWord('۲۰۲۱')).toBe('2021');
    expect(foldWord('٢٠٢١')).toBe('2021');
  });
});
