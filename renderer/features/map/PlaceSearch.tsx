import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Place } from '../../../shared/geo/place';
import { useApp } from '../../state/app-context';

const describe = (p: Place) => `${p.name}, ${p.country}${p.population ? ` · ${p.population.toLocaleString('en-US')}` : ''}`;

/**
 * "Find place": the offline gazetteer in main, by any spelling (Khorog, Кабул, کابل). Arrow keys
 * move through the places found, Enter or a click centres the map on one; Enter before the list
 * has arrived takes the best match.
 */
export function PlaceSearch({ onChoose }: { onChoose(place: Place): void }) {
  const { call, report } = useApp();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<{ query: string; places: Place[] }>({ query: '', places: [] });
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const latest = useRef('');

  const search = useCallback(
    async (q: string): Promise<Place[]> => {
      latest.current = q;
      const places = await call('geo.findPlace', { query: q, limit: 8 });
      // An answer to a query the analyst has typed past is dropped.
      if (latest.current === q) {
        setFound({ query: q, places });
        setActive(0);
      }
      return places;
    },
    [call],
  );

  useEffect(() => {
    const q = query.trim();
    if (!q) return;
    const timer = setTimeout(() => void search(q).catch(report), 150);
    return () => clearTimeout(timer);
  }, [query, search, report]);

  const choose = (place: Place) => {
    setOpen(false);
    onChoose(place);
  };

  const places = found.query === query.trim() ? found.places : [];
  const onKeyDown = async (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      if (places.length) setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : places.length - 1)) % places.length);
    } else if (e.key === 'Escape') {
      setOpen(false);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const q = query.trim();
      if (!q) return;
      try {
        const list = places.length ? places : await search(q);
        const place = list[places.length ? active : 0];
        if (place) choose(place);
        else report(new Error(`No place called “${q}” in the gazetteer.`));
      } catch (err) {
        report(err);
      }
    }
  };

  const showList = open && query.trim() !== '';
  return (
    <div className="map-search">
      <input
        type="search"
        role="combobox"
        aria-label="Find place"
        aria-expanded={showList && places.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && places[active] ? `${listId}-${active}` : undefined}
        placeholder="Find place…"
        value={query}
        spellCheck={false}
        dir="auto"
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onKeyDown={(e) => void onKeyDown(e)}
        onBlur={() => setOpen(false)}
      />
      {showList && places.length > 0 && (
        <ul className="map-search-results" role="listbox" id={listId} aria-label="Places found">
          {places.map((p, i) => (
            <li
              key={`${p.name}-${p.country}-${p.lat}-${p.lng}`}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              // mousedown would blur the input (closing the list) before the click lands
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(p)}
            >
              <span dir="auto">{describe(p)}</span>
              {p.matched && (
                <span className="muted" dir="auto">
                  {' '}
                  ({p.matched})
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
