interface Sortable {
  title: string;
  created: string;
  updated: string;
}

/** The list order the sidebar and the CLI share: newest first for dates, A→Z (locale-aware) for titles. */
export function sortItems<T extends Sortable>(items: T[], by: 'updated' | 'created' | 'title'): T[] {
  if (by === 'title') {
    const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
    return items.sort((a, b) => collator.compare(a.title, b.title));
  }
  return items.sort((a, b) => (a[by] < b[by] ? 1 : a[by] > b[by] ? -1 : 0));
}
