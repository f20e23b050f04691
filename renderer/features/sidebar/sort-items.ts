export type SortKey = 'updated' | 'created' | 'title' | 'date';

interface Sortable {
  title: string;
  created: string;
  updated: string;
}

/** Newest first for dates; A→Z for titles. `date` uses the item's own date (event date, publication date) when it has one. */
export function sortItems<T extends Sortable>(items: T[], key: SortKey, dateOf?: (item: T) => string | undefined): T[] {
  const copy = [...items];
  if (key === 'title') {
    const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
    return copy.sort((a, b) => collator.compare(a.title, b.title));
  }
  const value = (item: T): string => (key === 'date' ? (dateOf?.(item) ?? ('publishedAt' in item ? String((item as { publishedAt?: string }).publishedAt ?? '') : item.updated)) : item[key]);
  return copy.sort((a, b) => (value(a) < value(b) ? 1 : value(a) > value(b) ? -1 : 0));
}
