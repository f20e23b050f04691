import { useMemo, useState } from 'react';
import { useApp } from '../../state/app-context';
import { filterEvents } from '../../state/event-filter';
import { COMMANDS, shortcutText } from '../palette/commands';
import { ItemList, type ListItem } from './ItemList';
import { SearchBox } from '../search';
import { sortItems, type SortKey } from './sort-items';

const tip = (id: string) => {
  const c = COMMANDS.find((x) => x.id === id);
  return c?.shortcut ? `${c.label} (${shortcutText(c.shortcut)})` : undefined;
};

const withTag = <T extends { tags: string[] }>(items: T[], tag: string) => (tag ? items.filter((i) => i.tags.some((t) => t.toLowerCase() === tag)) : items);

/** Actions, search, and the notebook's notes, sources and events, filtered by tag and sorted. */
export function Sidebar() {
  const { state, newNote, newEvent, requestImport, open, dispatch } = useApp();
  const [pickedTag, setTag] = useState('');
  const [sort, setSort] = useState<SortKey>('updated');

  const tags = useMemo(() => {
    const all = new Map<string, string>();
    for (const item of [...state.notes, ...state.sources, ...state.events]) for (const t of item.tags) all.set(t.toLowerCase(), t);
    return [...all.values()].sort((a, b) => a.localeCompare(b));
  }, [state.notes, state.sources, state.events]);
  // A tag that nothing has any more (its last item deleted or retagged) lets go: the select cannot
  // show it, and the lists would stay empty under a filter the analyst no longer sees.
  const tag = pickedTag && tags.some((t) => t.toLowerCase() === pickedTag) ? pickedTag : '';

  const selectedId = state.selection && 'id' in state.selection ? state.selection.id : undefined;

  // Memoised: with 20,000 events, sorting on every render (each selection, each status line) showed.
  const notes = useMemo<ListItem[]>(() => sortItems(withTag(state.notes, tag), sort).map((n) => ({ id: n.id, title: n.title, meta: n.tags.map((t) => `#${t}`).join(' ') })), [state.notes, tag, sort]);
  const sources = useMemo<ListItem[]>(
    () => sortItems(withTag(state.sources, tag), sort).map((s) => ({ id: s.id, title: s.title, meta: `${s.reliability}${s.credibility}${s.publishedAt ? ` · ${s.publishedAt.slice(0, 10)}` : ''}` })),
    [state.sources, tag, sort],
  );
  // The map's time and type filter narrows this list too.
  const events = useMemo<ListItem[]>(
    () => sortItems(withTag(filterEvents(state.events, state.eventFilter), tag), sort, (e) => e.date).map((e) => ({ id: e.id, title: e.title, meta: `${e.date} · ${e.location.name}` })),
    [state.events, state.eventFilter, tag, sort],
  );

  return (
    <div className="sidebar-inner">
      <div className="toolbar">
        <button type="button" onClick={() => void newNote()} title={tip('new-note')}>New note</button>
        <button type="button" onClick={newEvent} title={tip('new-event')}>New event</button>
        <button type="button" onClick={requestImport} title={tip('import')}>Import source</button>
        <button type="button" onClick={() => dispatch({ type: 'select', selection: { kind: 'dossier' } })}>Export dossier</button>
      </div>
      <SearchBox />
      <div className="filters">
        <label>
          Tag
          <select value={tag} onChange={(e) => setTag(e.target.value)}>
            <option value="">All tags</option>
            {tags.map((t) => (
              <option key={t} value={t.toLowerCase()}>
                #{t}
              </option>
            ))}
          </select>
        </label>
        <label>
          Sort
          <select value={sort} onChange={(e) => setSort(e.target.value as SortKey)}>
            <option value="updated">Recently changed</option>
            <option value="created">Recently added</option>
            <option value="title">Title</option>
            <option value="date">Date</option>
          </select>
        </label>
      </div>
      <ItemList label="Notes" items={notes} selectedId={selectedId} onOpen={(id) => open('note', id)} empty="No notes yet." />
      <ItemList label="Sources" items={sources} selectedId={selectedId} onOpen={(id) => open('source', id)} empty="No sources yet." />
      <ItemList label="Events" items={events} selectedId={selectedId} onOpen={(id) => open('event', id)} empty="No events yet." />
    </div>
  );
}
