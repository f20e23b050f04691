import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactElement } from 'react';
import { Field as SharedField } from '../../ui/Field';
import { ACLED_EVENT_TYPES, type AcledEventType } from '../../../shared/geo/acled';
import { CREDIBILITY, RELIABILITY, type DatePrecision, type Event, type GeoPrecision } from '../../../shared/model';
import { errorText, useApp } from '../../state/app-context';
import { DeleteEvent } from './DeleteEvent';
import { DATE_PRECISIONS, GEO_PRECISIONS, describeMainError, draftFromEvent, emptyDraft, inputFromDraft, patchFromDraft, subTypesOf, withEventType, withMapPick, type EventDraft } from './event-draft';
import { LinkPicker, type PickItem } from './LinkPicker';

/** The event form's fields: wide ones span both columns. */
function Field({ wide, ...props }: { label: string; hint?: string; children: ReactElement<{ id?: string; 'aria-describedby'?: string }>; wide?: boolean }) {
  return <SharedField {...props} className={`event-field${wide ? ' event-wide' : ''}`} labelClassName="event-label" />;
}

/** An event candidate of a source, being corrected before it is recorded (and remembered as accepted). */
export interface CandidateToAccept {
  sourceId: string;
  sourceTitle: string;
  key: string;
  draft: EventDraft;
}

/**
 * Records an event in ACLED's terms (no id: a new one). Numbers stay text until Save, so "not
 * reported" (empty) is never confused with 0; main validates and its message is shown as is.
 * With `accepting`, it starts from an event candidate and saving accepts the candidate.
 */
export function EventForm({ id, accepting }: { id?: string; accepting?: CandidateToAccept }) {
  const { call, state, refresh, open, say, dispatch } = useApp();
  const [event, setEvent] = useState<Event>();
  const [draft, setDraft] = useState<EventDraft>(() => accepting?.draft ?? emptyDraft());
  const [errors, setErrors] = useState<string[]>([]);
  const [loadProblem, setLoadProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!id) return;
    let stale = false;
    call('events.get', { id }).then(
      (e) => {
        if (stale) return;
        setEvent(e);
        setDraft(draftFromEvent(e));
      },
      (err) => !stale && setLoadProblem(errorText(err)),
    );
    return () => {
      stale = true;
    };
  }, [call, id]);

  const sourceItems = useMemo<PickItem[]>(
    () => state.sources.map((s) => ({ id: s.id, label: s.title, badge: `${s.reliability}${s.credibility}`, hint: `${RELIABILITY[s.reliability]}; ${CREDIBILITY[s.credibility]}` })),
    [state.sources],
  );
  const noteItems = useMemo<PickItem[]>(() => state.notes.map((n) => ({ id: n.id, label: n.title })), [state.notes]);

  // The map feeds points in: a click places a new event, a dragged marker moves this one.
  const suggested = useRef<string | undefined>(undefined);
  const pick = state.mapPick;
  useEffect(() => {
    if (!pick || pick.eventId !== id) return;
    const before = suggested.current;
    setDraft((d) => withMapPick(d, pick, before));
    if (pick.name) suggested.current = pick.name;
  }, [pick, id]);

  if (id && !event) {
    return loadProblem ? (
      <p className="event-error pad" role="alert">
        {loadProblem}
      </p>
    ) : (
      <p className="muted pad">Loading the event…</p>
    );
  }

  const set =
    <K extends keyof EventDraft>(key: K) =>
    (e: { target: { value: string } }) =>
      setDraft((d) => ({ ...d, [key]: e.target.value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = event ? patchFromDraft(draft, event) : inputFromDraft(draft);
    if (!result.ok) return setErrors(result.errors);
    setErrors([]);
    setBusy(true);
    try {
      if (event) {
        const updated = await call('events.update', { id: event.id, patch: 'patch' in result ? result.patch : {} });
        setEvent(updated);
        setDraft(draftFromEvent(updated));
        await refresh();
        say(`Saved “${updated.title}”`);
      } else if ('input' in result && accepting) {
        const done = await call('sources.acceptCandidate', { id: accepting.sourceId, key: accepting.key, event: result.input });
        await refresh();
        open('source', accepting.sourceId);
        say(`Recorded the event “${done.event.title}” from “${accepting.sourceTitle}”`);
      } else if ('input' in result) {
        const created = await call('events.create', result.input);
        await refresh();
        open('event', created.id);
        say(`Recorded “${created.title}”`);
      }
    } catch (err) {
      setErrors([describeMainError(errorText(err))]);
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    if (!event) return;
    const removed = await call('events.delete', { id: event.id });
    dispatch({ type: 'select', selection: null });
    await refresh();
    say(`Deleted “${removed.title}”`);
  };

  const subTypes = subTypesOf(draft.eventType);
  const heading = event ? draft.title.trim() || event.title : accepting ? 'Event from a source' : 'New event';
  const kicker = event ? `Event · ${event.eventType} / ${event.subEventType}` : accepting ? `Event candidate in “${accepting.sourceTitle}” · check it, then save` : 'Event · ACLED taxonomy';

  return (
    <form className="event-form" aria-labelledby="event-form-title" onSubmit={(e) => void submit(e)} noValidate>
      <header className="event-header">
        <p className="event-kicker" dir="auto">
          {kicker}
        </p>
        <h1 id="event-form-title" dir="auto">
          {heading}
        </h1>
      </header>

      <Field label="Title" wide>
        <input value={draft.title} onChange={set('title')} dir="auto" required />
      </Field>

      <fieldset className="event-group">
        <legend>What happened</legend>
        <Field label="Event type" wide>
          <select value={draft.eventType} onChange={(e) => setDraft((d) => withEventType(d, e.target.value as AcledEventType | ''))} required>
            <option value="">Choose a type…</option>
            {ACLED_EVENT_TYPES.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Sub-event type" wide>
          <select value={draft.subEventType} onChange={set('subEventType')} disabled={!draft.eventType} required>
            <option value="">{draft.eventType ? 'Choose a sub-type…' : 'Choose a type first'}</option>
            {subTypes.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Actors" hint="One per line, or separated by commas" wide>
          <textarea value={draft.actors} onChange={set('actors')} rows={3} dir="auto" />
        </Field>
        <Field label="Fatalities" hint="Empty: not reported; 0: none">
          <input value={draft.fatalities} onChange={set('fatalities')} inputMode="numeric" />
        </Field>
        <Field label="Injured" hint="Empty: not reported; 0: none">
          <input value={draft.injured} onChange={set('injured')} inputMode="numeric" />
        </Field>
      </fieldset>

      <fieldset className="event-group">
        <legend>When</legend>
        <Field label="Date">
          <input type="date" value={draft.date} onChange={set('date')} required />
        </Field>
        <Field label="End date" hint="For an event that lasted">
          <input type="date" value={draft.endDate} onChange={set('endDate')} min={draft.date || undefined} />
        </Field>
        <Field label="Date precision" wide>
          <select value={draft.datePrecision} onChange={(e) => setDraft((d) => ({ ...d, datePrecision: e.target.value as DatePrecision }))}>
            {(Object.keys(DATE_PRECISIONS) as DatePrecision[]).map((p) => (
              <option key={p} value={p}>
                {DATE_PRECISIONS[p]}
              </option>
            ))}
          </select>
        </Field>
      </fieldset>

      <fieldset className="event-group">
        <legend>Where</legend>
        <Field label="Place name" wide>
          <input value={draft.placeName} onChange={set('placeName')} dir="auto" required />
        </Field>
        <Field label="Latitude" hint="Decimal degrees, WGS84">
          <input value={draft.lat} onChange={set('lat')} inputMode="decimal" placeholder="36.73" spellCheck={false} />
        </Field>
        <Field label="Longitude" hint="East is positive">
          <input value={draft.lng} onChange={set('lng')} inputMode="decimal" placeholder="68.86" spellCheck={false} />
        </Field>
        <Field label="Place precision" wide>
          <select value={draft.geoPrecision} onChange={(e) => setDraft((d) => ({ ...d, geoPrecision: e.target.value as GeoPrecision }))}>
            {(Object.keys(GEO_PRECISIONS) as GeoPrecision[]).map((p) => (
              <option key={p} value={p}>
                {GEO_PRECISIONS[p]}
              </option>
            ))}
          </select>
        </Field>
      </fieldset>

      <div className="event-links">
        <LinkPicker legend="Sources" items={sourceItems} selected={draft.sourceIds} onChange={(sourceIds) => setDraft((d) => ({ ...d, sourceIds }))} empty="No sources in this notebook yet." />
        <LinkPicker legend="Notes" items={noteItems} selected={draft.noteIds} onChange={(noteIds) => setDraft((d) => ({ ...d, noteIds }))} empty="No notes in this notebook yet." />
      </div>

      <Field label="Tags" hint="Words separated by spaces" wide>
        <input value={draft.tags} onChange={set('tags')} spellCheck={false} />
      </Field>
      <Field label="Description" wide>
        <textarea value={draft.description} onChange={set('description')} rows={5} dir="auto" />
      </Field>

      <div className="event-footer">
        {errors.length > 0 && (
          <div className="event-errors" role="alert">
            {errors.length === 1 ? (
              <p>{errors[0]}</p>
            ) : (
              <ul>
                {errors.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        <div className="event-actions">
          <button type="submit" className="primary" disabled={busy}>
            {event ? 'Save' : accepting ? 'Accept as event' : 'Save event'}
          </button>
          {accepting && (
            <button type="button" onClick={() => open('source', accepting.sourceId)}>
              Back to the source
            </button>
          )}
          {event && <DeleteEvent title={event.title} onDelete={remove} />}
        </div>
      </div>
    </form>
  );
}
