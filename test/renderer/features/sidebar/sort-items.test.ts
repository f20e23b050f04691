import { describe, expect, it } from 'vitest';
import { sortItems, type SortKey } from '../../../../renderer/features/sidebar/sort-items';

interface Item {
  id: string;
  title: string;
  created: string;
  updated: string;
  publishedAt?: string;
  date?: string;
}

const item = (id: string, title: string, created: string, updated = created, extra: Partial<Item> = {}): Item => ({ id, title, created, updated, ...extra });
const ids = (items: Item[]) => items.map((i) => i.id);
const titles = (items: Item[]) => items.map((i) => i.title);
const byTitle = (list: string[]) => titles(sortItems(list.map((t, i) => item(`n${i}`, t, '2021-10-01T00:00:00.000Z')), 'title'));

// Added a, b, c in that order; b was changed last, a before it, c never.
const a = item('a', 'Alpha', '2021-10-01T08:00:00.000Z', '2021-10-05T08:00:00.000Z');
const b = item('b', 'Bravo', '2021-10-02T08:00:00.000Z', '2021-10-06T08:00:00.000Z');
const c = item('c', 'Charlie', '2021-10-03T08:00:00.000Z');

describe('sortItems', () => {
  it('Recently changed: the last changed first', () => {
    expect(ids(sortItems([a, b, c], 'updated'))).toEqual(['b', 'a', 'c']);
    expect(ids(sortItems([c, a, b], 'updated'))).toEqual(['b', 'a', 'c']);
  });

  it('Recently added: the last added first, however recently the others were changed', () => {
    expect(ids(sortItems([a, b, c], 'created'))).toEqual(['c', 'b', 'a']);
    expect(ids(sortItems([b, c, a], 'created'))).toEqual(['c', 'b', 'a']);
  });

  it('Title: A to Z, whatever the order added or changed', () => {
    expect(ids(sortItems([c, b, a], 'title'))).toEqual(['a', 'b', 'c']);
  });

  it('Date: the item’s own date (an event’s date), newest first', () => {
    const e1 = item('e1', 'Clash', '2021-10-09T00:00:00.000Z', '2021-10-09T00:00:00.000Z', { date: '2021-08-15' });
    const e2 = item('e2', 'Bombing', '2021-10-01T00:00:00.000Z', '2021-10-01T00:00:00.000Z', { date: '2021-10-08' });
    const e3 = item('e3', 'Protest', '2021-10-05T00:00:00.000Z', '2021-10-05T00:00:00.000Z', { date: '2021-09-07' });
    expect(ids(sortItems([e1, e2, e3], 'date', (e) => e.date))).toEqual(['e2', 'e3', 'e1']);
    // Not the order they were added or changed in.
    expect(ids(sortItems([e1, e2, e3], 'updated'))).toEqual(['e1', 'e3', 'e2']);
  });

  it('Date: a source’s publication date; one without falls back to when it was changed', () => {
    const s1 = item('s1', 'Old report', '2021-10-09T00:00:00.000Z', '2021-10-09T00:00:00.000Z', { publishedAt: '2019-05-01' });
    const s2 = item('s2', 'New report', '2021-10-02T00:00:00.000Z', '2021-10-02T00:00:00.000Z', { publishedAt: '2021-10-01' });
    const s3 = item('s3', 'Undated', '2021-10-03T00:00:00.000Z', '2020-01-01T00:00:00.000Z');
    expect(ids(sortItems([s1, s2, s3], 'date'))).toEqual(['s2', 's3', 's1']);
    // "No date" is the same whether the key is absent or present and undefined (as a spread leaves it).
    const s3b = { ...s3, publishedAt: undefined };
    expect(ids(sortItems([s1, s2, s3b], 'date'))).toEqual(['s2', 's3', 's1']);
  });

  it('Date: an item without a date of its own (a note) sorts by when it was changed', () => {
    expect(ids(sortItems([a, b, c], 'date'))).toEqual(['b', 'a', 'c']);
  });

  it('keeps ties in the order given (a stable sort), for every key', () => {
    const t = '2021-10-01T00:00:00.000Z';
    const x = item('x', 'Same', t, t, { date: '2021-10-01', publishedAt: '2021-10-01' });
    const y = item('y', 'same', t, t, { date: '2021-10-01', publishedAt: '2021-10-01' });
    const z = item('z', 'SAME', t, t, { date: '2021-10-01', publishedAt: '2021-10-01' });
    for (const key of ['updated', 'created', 'title', 'date'] satisfies SortKey[]) {
      expect(ids(sortItems([x, y, z], key, (i) => i.date)), key).toEqual(['x', 'y', 'z']);
      expect(ids(sortItems([z, x, y], key, (i) => i.date)), key).toEqual(['z', 'x', 'y']);
    }
  });

  it('does not change the list it is given', () => {
    const list = [a, b, c];
    const sorted = sortItems(list, 'created');
    expect(ids(list)).toEqual(['a', 'b', 'c']);
    expect(sorted).not.toBe(list);
  });

  it('Title: ignores case and accents', () => {
    expect(byTitle(['banana', 'Cherry', 'apple', 'Banana split', 'ÉCLAIR', 'date'])).toEqual(['apple', 'banana', 'Banana split', 'Cherry', 'date', 'ÉCLAIR']);
    expect(byTitle(['zulu', 'Zebra', 'ZOO', 'zeta'])).toEqual(['Zebra', 'zeta', 'ZOO', 'zulu']);
  });

  it('Title: numbers by their value (Report 2 before Report 10)', () => {
    expect(byTitle(['Report 10', 'Report 2', 'Report 1', 'Report 21'])).toEqual(['Report 1', 'Report 2', 'Report 10', 'Report 21']);
  });

  it('Title: Cyrillic in the Russian alphabet’s order, Ё with Е, case ignored', () => {
    expect(byTitle(['Яблоко', 'арбуз', 'ель', 'Ёлка', 'Еда', 'Борис', 'жара', 'Душанбе', 'вода', 'Москва', 'кабул'])).toEqual([
      'арбуз',
      'Борис',
      'вода',
      'Душанбе',
      'Еда',
      'Ёлка',
      'ель',
      'жара',
      'кабул',
      'Москва',
      'Яблоко',
    ]);
  });

  it('Title: Persian (and Dari) in the Persian alphabet’s order: پ چ ژ گ in their places, و before ه', () => {
    // آ ا ب پ ت ث ج چ ح خ د ذ ر ز ژ س ش ص ض ط ظ ع غ ف ق ک گ ل م ن و ه ی
    const persian = ['یزد', 'هرات', 'ویژه', 'گل', 'کابل', 'ژاله', 'چای', 'جلال', 'تهران', 'پدر', 'بابا', 'آب', 'نیمروز', 'مزار', 'لشکرگاه', 'قندهار', 'فراه', 'سمنگان', 'زرنج', 'دوشنبه', 'خوست', 'حیرتان'];
    const expected = ['آب', 'بابا', 'پدر', 'تهران', 'جلال', 'چای', 'حیرتان', 'خوست', 'دوشنبه', 'زرنج', 'ژاله', 'سمنگان', 'فراه', 'قندهار', 'کابل', 'گل', 'لشکرگاه', 'مزار', 'نیمروز', 'ویژه', 'هرات', 'یزد'];
    expect(byTitle(persian)).toEqual(expected);
    expect(byTitle([...persian].reverse())).toEqual(expected);
  });

  it('Title: Persian digits by their value', () => {
    expect(byTitle(['گزارش ۱۰', 'گزارش ۲', 'گزارش ۱'])).toEqual(['گزارش ۱', 'گزارش ۲', 'گزارش ۱۰']);
  });

  it('Title: a list in three scripts keeps each script together, each in its own order', () => {
    const sorted = byTitle(['کابل', 'Moscow', 'Москва', 'هرات', 'Kabul', 'ویژه', 'Кабул', 'dushanbe', 'Душанбе']);
    const latin = sorted.filter((t) => /^\p{Script=Latin}/u.test(t));
    const cyrillic = sorted.filter((t) => /^\p{Script=Cyrillic}/u.test(t));
    const arabic = sorted.filter((t) => /^\p{Script=Arabic}/u.test(t));
    expect(latin).toEqual(['dushanbe', 'Kabul', 'Moscow']);
    expect(cyrillic).toEqual(['Душанбе', 'Кабул', 'Москва']);
    expect(arabic).toEqual(['کابل', 'ویژه', 'هرات']);
    // Each script is one block, not interleaved with the others.
    const blocks = sorted.map((t) => (/^\p{Script=Latin}/u.test(t) ? 'L' : /^\p{Script=Cyrillic}/u.test(t) ? 'C' : 'A')).join('');
    expect(blocks).toMatch(/^(L+C+A+|L+A+C+|C+L+A+|C+A+L+|A+L+C+|A+C+L+)$/);
  });
});
