import { useEffect, useMemo, useRef, useState } from 'react';
import { foldCase } from '../../../shared/links';
import { useApp } from '../../state/app-context';
import type { ItemKind } from '../../state/app-state';
import { COMMANDS, shortcutText } from './commands';

interface Entry {
  key: string;
  label: string;
  hint: string;
  run(): void;
}

/** Ctrl/Cmd+K: every command and every note, source and event, filtered as you type, by keyboard. */
export function CommandPalette() {
  const app = useApp();
  const { state, dispatch, open } = app;
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const close = () => dispatch({ type: 'palette', open: false });

  useEffect(() => input.current?.focus(), []);

  const entries = useMemo(() => {
    const item = (kind: ItemKind, id: string, title: string): Entry => ({ key: id, label: title, hint: kind, run: () => open(kind, id) });
    const all: Entry[] = [
      ...COMMANDS.filter((c) => c.id !== 'palette').map((c) => ({ key: c.id, label: c.label, hint: c.shortcut ? shortcutText(c.shortcut) : 'command', run: () => (close(), c.run(app)) })),
      ...state.notes.map((n) => item('note', n.id, n.title)),
      ...state.sources.map((s) => item('source', s.id, s.title)),
      ...state.events.map((e) => item('event', e.id, e.title)),
    ];
    const words = foldCase(query).split(/\s+/).filter(Boolean);
    return all.filter((e) => words.every((w) => foldCase(e.label).includes(w))).slice(0, 50);
  }, [query, state.notes, state.sources, state.events]);

  useEffect(() => setActive(0), [query]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape') close();
    else if (e.key === 'ArrowDown') setActive((a) => Math.min(entries.length - 1, a + 1));
    else if (e.key === 'ArrowUp') setActive((a) => Math.max(0, a - 1));
    else if (e.key === 'Enter') entries[active]?.run();
    else return;
    e.preventDefault();
  };

  return (
    <div className="palette-backdrop" onMouseDown={close}>
      <div className="palette" role="dialog" aria-modal="true" aria-label="Command palette" onMouseDown={(e) => e.stopPropagation()}>
        <input
          ref={input}
          role="combobox"
          aria-label="Command or item"
          aria-expanded="true"
          aria-controls="palette-list"
          aria-activedescendant={entries[active] ? `palette-${entries[active].key}` : undefined}
          placeholder="Type a command, or a note, source or event title"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <ul id="palette-list" role="listbox" aria-label="Matches">
          {entries.map((e, i) => (
            <li key={e.key} id={`palette-${e.key}`} role="option" aria-selected={i === active} className={i === active ? 'active' : ''} onMouseEnter={() => setActive(i)} onClick={e.run}>
              <span dir="auto">{e.label}</span>
              <kbd>{e.hint}</kbd>
            </li>
          ))}
          {entries.length === 0 && <li className="muted">Nothing matches.</li>}
        </ul>
      </div>
    </div>
  );
}
