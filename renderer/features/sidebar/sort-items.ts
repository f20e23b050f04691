export type SortKey = 'updated' | 'created' | 'title' | 'date';

interface Sortable {
  title: string;
  created: string;
  updated: string;
}

const options: Intl.CollatorOptions = { sensitivity: 'base', numeric: true };
/** The reader's own language's order for Latin, Cyrillic and the rest. */
const collator = new Intl.Collator(undefined, options);
/**
 * Titles in Arabic script are Dari, Persian or Pashto here: they go in the Persian alphabet's
 * order, which puts و before ه (the default order, Arabic's, puts ه first).
 */
const persian = new Intl.Collator('fa', options);
const ARABIC_SCRIPT = /^[^\p{L}]*\p{Script=Arabic}/u;

function compareTitles(a: { title: string; arabic: boolean }, b: { title: string; arabic: boolean }): number {
  return a.arabic && b.arabic ? persian.compare(a.title, b.title) : collator.compare(a.title, b.title);
}

/**
 * Newest first for dates; A→Z for titles (case, accents ignored; numbers by value). `date` uses
 * the item's own date (event date, publication date) when it has one, else when it was changed.
 * Ties keep the order given.
 */
export function sortItems<T extends Sortable>(items: T[], key: SortKey, dateOf?: (item: T) => string | undefined): T[] {
  if (key === 'title') {
    return items
      .map((item) => ({ item, title: item.title, arabic: ARABIC_SCRIPT.test(item.title) }))
      .sort(compareTitles)
      .map((x) => x.item);
  }
  const value = (item: T): string => (key === 'date' ? (dateOf?.(item) ?? (item as { publishedAt?: string }).publishedAt ?? item.updated) : item[key]);
  return [...items].sort((a, b) => (value(a) < value(b) ? 1 : value(a) > value(b) ? -1 : 0));
}
