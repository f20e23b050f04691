import { useEffect, useMemo, useRef, useState } from 'react';
import type { AcledEventType } from '../../../shared/geo/acled';
import { useApp } from '../../state/app-context';
import { NO_FILTER, isFiltering, matchesFilter, type EventFilter } from '../../state/event-filter';
import { eventSpan } from './event-span';
import { LEGEND, PRECISION_RADIUS_M } from './event-style';
import { Histogram } from './Histogram';
import { chooseUnit, fromDay, histogram, toDay } from './histogram';

/**
 * The time slider (with a histogram of events per week or month) and the event-type toggles,
 * which double as the map's colour legend. They set the app's event filter, which the map and the
 * sidebar's event list both apply. The slider dispatches once the hand pauses, not at every step.
 */
export function MapFilters() {
  const { state, dispatch } = useApp();
  const filter = state.eventFilter;
  const span = useMemo(() => eventSpan(state.events), [state.events]);
  // While a slider moves, its range is shown at once and sent to the app once the hand pauses.
  const [moving, setMoving] = useState<{ from?: string; to?: string }>();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const latest = useRef(filter);
  latest.current = filter;
  useEffect(() => () => clearTimeout(timer.current), []);
  const range = moving ?? { from: filter.from, to: filter.to };
  const setRange = (next: (r: { from?: string; to?: string }) => { from?: string; to?: string }) => {
    const r = next(range);
    setMoving(r);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      dispatch({ type: 'eventFilter', filter: { ...latest.current, from: r.from, to: r.to } });
      setMoving(undefined);
    }, 150);
  };
  const setFilter = (f: EventFilter) => {
    clearTimeout(timer.current);
    setMoving(undefined);
    dispatch({ type: 'eventFilter', filter: f });
  };

  const byType = useMemo(() => {
    const counts = new Map<AcledEventType, number>();
    const dated: EventFilter = { ...filter, hiddenTypes: [] };
    for (const e of state.events) if (matchesFilter(e, dated)) counts.set(e.eventType, (counts.get(e.eventType) ?? 0) + 1);
    return counts;
  }, [state.events, filter]);
  const shown = useMemo(() => state.events.filter((e) => matchesFilter(e, filter)).length, [state.events, filter]);

  const unit = span ? chooseUnit(span.first, span.last) : 'month';
  const buckets = useMemo(() => {
    const typed: EventFilter = { hiddenTypes: filter.hiddenTypes };
    return histogram(state.events.filter((e) => matchesFilter(e, typed)).map((e) => e.date), unit);
  }, [state.events, filter.hiddenTypes, unit]);

  if (!span) return <p className="map-filters muted">No events yet: choose New event, then click the map to place one.</p>;

  const min = toDay(span.first);
  const max = toDay(span.last);
  const from = Math.max(min, range.from ? toDay(range.from) : min);
  const to = Math.min(max, range.to ? toDay(range.to) : max);
  // An end of the range at the span's edge is open: new events beyond it still show.
  const setFrom = (day: number) => setRange((r) => ({ ...r, from: day <= min ? undefined : fromDay(Math.min(day, to)) }));
  const setTo = (day: number) => setRange((r) => ({ ...r, to: day >= max ? undefined : fromDay(Math.max(day, from)) }));
  const toggle = (type: AcledEventType, on: boolean) =>
    setFilter({ ...filter, ...range, hiddenTypes: on ? filter.hiddenTypes.filter((t) => t !== type) : [...filter.hiddenTypes, type] });

  return (
    <section className="map-filters" aria-label="Event filters">
      <div className="map-filters-head">
        <h2>
          Events on the map <span className="count">{shown.toLocaleString('en-US')} of {state.events.length.toLocaleString('en-US')}</span>
        </h2>
        {isFiltering(filter) && (
          <button type="button" className="link" onClick={() => setFilter(NO_FILTER)}>
            Show all
          </button>
        )}
      </div>
      <Histogram buckets={buckets} unit={unit} from={fromDay(from)} to={fromDay(to)} />
      <label className="map-range">
        <span>From {fromDay(from)}</span>
        <input type="range" aria-label="From date" min={min} max={max} step={1} value={from} aria-valuetext={fromDay(from)} onChange={(e) => setFrom(Number(e.target.value))} />
      </label>
      <label className="map-range">
        <span>To {fromDay(to)}</span>
        <input type="range" aria-label="To date" min={min} max={max} step={1} value={to} aria-valuetext={fromDay(to)} onChange={(e) => setTo(Number(e.target.value))} />
      </label>
      <fieldset className="map-types">
        <legend>Event types</legend>
        {LEGEND.map(({ type, colour }) => (
          <label key={type}>
            <input type="checkbox" checked={!filter.hiddenTypes.includes(type)} onChange={(e) => toggle(type, e.target.checked)} />
            <span className="map-swatch" style={{ background: colour }} aria-hidden="true" />
            {type} <span className="count">{(byType.get(type) ?? 0).toLocaleString('en-US')}</span>
          </label>
        ))}
      </fieldset>
      <p className="map-precision-legend muted">
        <span className="map-dot" aria-hidden="true" /> exact spot · <span className="map-ring" aria-hidden="true" /> dashed circle: somewhere within it — town{' '}
        {PRECISION_RADIUS_M.near / 1000} km, province {PRECISION_RADIUS_M['admin-region'] / 1000} km, country {PRECISION_RADIUS_M.country / 1000} km
      </p>
    </section>
  );
}
