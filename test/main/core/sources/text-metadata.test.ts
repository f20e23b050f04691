import { describe, expect, it } from 'vitest';
import { parseDateLine } from '../../../../main/core/sources/dateline';
import { guessLanguage, readTextMetadata } from '../../../../main/core/sources/text-metadata';

describe('dateline', () => {
  it.each([
    ['Kabul, 9 October 2021', '2021-10-09'],
    ['KABUL, Oct. 9, 2021 (Reuters) - Taliban officials said', '2021-10-09'],
    ['Mazar-i-Sharif, September 30, 2021', '2021-09-30'],
    ['Москва, 8 октября 2021 г.', '2021-10-08'],
    ['date 2021-10-08', '2021-10-08'],
    ['Date: 9 October 2021', '2021-10-09'],
    ['2021-10-08', '2021-10-08'],
    ['**Dushanbe, 12 Jan 2022**', '2022-01-12'],
    // Dari and Persian datelines: Solar Hijri (Afghan and Iranian month names) and Gregorian.
    ['کابل، ۱۷ میزان ۱۴۰۰', '2021-10-09'],
    ['کابل، ۹ اکتبر ۲۰۲۱', '2021-10-09'],
    ['مزار شریف، جمعه ۱۶ میزان ۱۴۰۰ - طالبان اعلام کردند', '2021-10-08'],
    ['تهران، ۱۷ مهر ۱۴۰۰', '2021-10-09'],
    ['تاریخ: ۸ اکتوبر ۲۰۲۱', '2021-10-08'],
    ['کندز, 8 اکتوبر 2021', '2021-10-08'],
  ])('%s → %s', (line, date) => expect(parseDateLine(line)).toBe(date));

  it.each(['Kabul, 31 February 2021', 'The 9 October meeting', 'Datelines are hard', 'Kabul, 9 Octember 2021', '', 'کابل، ۳۵ میزان ۱۴۰۰', 'در ۱۷ میزان ۱۴۰۰ انفجاری رخ داد', 'کابل، ۱۷ میزان'])('no date in %j', (line) =>
    expect(parseDateLine(line)).toBeUndefined(),
  );
});

describe('readTextMetadata', () => {
  it('takes the first heading as the title and skips a dateline-only first line', () => {
    expect(readTextMetadata('Kabul, 9 October 2021\n\nBlast at mosque\n\nBody.')).toMatchObject({ title: 'Blast at mosque', publishedAt: '2021-10-09' });
    expect(readTextMetadata('Intro line\n# The Heading\nBody')).toMatchObject({ title: 'The Heading' });
    expect(readTextMetadata('کابل، ۱۷ میزان ۱۴۰۰\n\nانفجار در مسجد\n\nمتن.')).toMatchObject({ title: 'انفجار در مسجد', publishedAt: '2021-10-09' });
  });

  it('reads front matter keys', () => {
    const m = readTextMetadata('---\ntitle: "Report"\ndate: 2021-10-01\nauthor: A. Analyst\nlanguage: fa-AF\n---\n# Ignored heading\n');
    expect(m).toEqual({ title: 'Report', publishedAt: '2021-10-01', author: 'A. Analyst', language: 'fa-AF' });
  });

  it('guesses the language from the script', () => {
    expect(guessLanguage('The Taliban said on Thursday that the border is closed.')).toBe('en');
    expect(guessLanguage('Талибы заявили в четверг, что граница закрыта.')).toBe('ru');
    expect(guessLanguage('طالبان روز پنجشنبه گفتند که مرز بسته است.')).toBe('fa');
    expect(guessLanguage('طالبانو د پنجشنبې په ورځ وویل چې پوله تړل شوې ده.')).toBe('ps');
    expect(guessLanguage('ok')).toBeUndefined();
  });
});
