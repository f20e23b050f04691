import { useState } from 'react';
import type { EventCandidate, Extraction, Source } from '../../../shared/model';
import { useApp } from '../../state/app-context';
import { candidateKey, eventFromCandidate } from './candidate-event';
import { FoundNames } from './FoundNames';
import type { ExtractionState } from './use-extraction';

const count = (n: number | null) => (n === null ? '–' : String(n));
/** A score as a percentage; the ends say "<1%" and ">99%", since a model's 0 or 100 would claim certainty. */
const percent = (x: number) => (x < 0.005 ? '<1%' : x >= 0.995 ? '>99%' : `${Math.round(x * 100)}%`);

interface Props {
  source: Source;
  found: ExtractionState;
  /** The source as main saved it after a decision (its `review` changed). */
  onSourceChange(source: Source): void;
  /** Takes the reader to a candidate's sentence in the text. */
  onShow(candidate: EventCandidate): void;
}

/**
 * What extraction found in the source, for review: the places, people and organisations (linked to
 * the notes of the same name), and the event candidates, each of which the analyst accepts as it
 * is, edits first in the event form, or dismisses. Decisions are kept on the source, so they are
 * still there the next time it is opened; a dismissal can be taken back.
 */
export function EventCandidates({ source, found, onSourceChange, onShow }: Props) {
  const { call, state, refresh, say, report, open, dispatch } = useApp();
  const [busy, setBusy] = useState<string>();
  const [showDismissed, setShowDismissed] = useState(false);
  // Open by choice; until then, open only when nothing is likely (else the list would look empty).
  const [showLessLikely, setShowLessLikely] = useState<boolean>();

  if (found.state === 'failed') return <p className="muted">Extraction is not available: {found.problem}</p>;
  if (found.state === 'looking') return <p className="muted source-extraction">Looking for places, dates and events…</p>;
  const { extraction } = found;

  const dismissed = new Set(source.review?.dismissed ?? []);
  // An accepted candidate whose event was since deleted is open again.
  const eventOf = new Map((source.review?.accepted ?? []).flatMap((a) => {
    const event = state.events.find((e) => e.id === a.eventId);
    return event ? [[a.key, event] as const] : [];
  }));
  const shown = extraction.events.filter((c) => showDismissed || !dismissed.has(candidateKey(c)));
  // What the scorer ranks low is listed apart, so the analyst reviews the likely events first.
  const likely = shown.filter((c) => c.likely);
  const lessLikely = shown.filter((c) => !c.likely);
  const dismissedCount = extraction.events.filter((c) => dismissed.has(candidateKey(c))).length;
  const acceptedCount = extraction.events.filter((c) => eventOf.has(candidateKey(c))).length;

  const decide = async (key: string, work: () => Promise<string>) => {
    setBusy(key);
    try {
      say(await work());
      await refresh();
    } catch (err) {
      report(err);
    } finally {
      setBusy(undefined);
    }
  };

  const accept = (c: EventCandidate) =>
    decide(candidateKey(c), async () => {
      const event = eventFromCandidate(c, source)!;
      const done = await call('sources.acceptCandidate', { id: source.id, key: candidateKey(c), event });
      onSourceChange(done.source);
      return `Recorded the event “${done.event.title}” from this source`;
    });

  const dismiss = (c: EventCandidate, yes: boolean) =>
    decide(candidateKey(c), async () => {
      onSourceChange(await call('sources.dismissCandidate', { id: source.id, key: candidateKey(c), dismissed: yes }));
      return yes ? 'Dismissed the event candidate' : 'Brought the event candidate back';
    });

  const edit = (c: EventCandidate) => dispatch({ type: 'select', selection: { kind: 'new-event', fromCandidate: { sourceId: source.id, candidate: c } } });

  const item = (c: EventCandidate) => {
    const key = candidateKey(c);
    const event = eventOf.get(key);
    const isDismissed = dismissed.has(key);
    const placeless = c.place === null;
    return (
      <li key={key} className={`candidate${event ? ' candidate-accepted' : ''}`} aria-label={`${c.type} / ${c.subType}, ${c.date}`}>
        <p className="candidate-head">
          <strong>
            {c.type} / {c.subType}
          </strong>{' '}
          — {c.date} ({c.datePrecision}), {c.place ?? 'no place found'}{' '}
          <span className="candidate-confidence" title="How likely this is an event told with the right date and place, by a model fitted to annotated reports">
            · {percent(c.confidence)} likely
          </span>
        </p>
        <p className="muted">
          Actors: {c.actors.join('; ') || '—'} · killed {count(c.fatalities)}, injured {count(c.injured)}
        </p>
        <blockquote dir="auto">{c.sentence}</blockquote>
        <div className="candidate-actions">
          {event ? (
            <>
              <span>Recorded as</span>
              <button type="button" className="link-button" onClick={() => open('event', event.id)}>
                {event.title}
              </button>
            </>
          ) : isDismissed ? (
            <button type="button" disabled={busy === key} onClick={() => void dismiss(c, false)}>
              Bring back
            </button>
          ) : (
            <>
              <button
                type="button"
                className="primary"
                disabled={placeless || busy === key}
                title={placeless ? 'No place was found for it: edit it first and give it one.' : undefined}
                onClick={() => void accept(c)}
              >
                Accept as event
              </button>
              <button type="button" disabled={busy === key} onClick={() => edit(c)}>
                Edit, then accept
              </button>
              <button type="button" disabled={busy === key} onClick={() => void dismiss(c, true)}>
                Dismiss
              </button>
            </>
          )}
          <button type="button" className="link-button" onClick={() => onShow(c)}>
            Show in text
          </button>
        </div>
      </li>
    );
  };

  return (
    <section className="source-extraction" aria-labelledby="source-extraction-title">
      <h2 id="source-extraction-title">Found in the text</h2>
      <FoundNames extraction={extraction} source={source} />
      <h3>Event candidates</h3>
      {summary(extraction, dismissedCount, acceptedCount)}
      {dismissedCount > 0 && (
        <label className="source-toggle">
          <input type="checkbox" checked={showDismissed} onChange={(e) => setShowDismissed(e.target.checked)} />
          Show dismissed
        </label>
      )}
      {likely.length > 0 ? (
        <ul className="candidate-list" aria-label="Event candidates">
          {likely.map(item)}
        </ul>
      ) : (
        lessLikely.length > 0 && <p className="muted">None of them scored as likely.</p>
      )}
      {lessLikely.length > 0 && (
        <details className="candidate-less-likely" open={showLessLikely ?? likely.length === 0} onToggle={(e) => setShowLessLikely(e.currentTarget.open)}>
          <summary>Less likely ({lessLikely.length})</summary>
          <p className="muted">Scored low by the model fitted to annotated reports: often the same event told again, a reaction, or a wrong date or place. Check before accepting.</p>
          <ul className="candidate-list" aria-label="Less likely event candidates">
            {lessLikely.map(item)}
          </ul>
        </details>
      )}
    </section>
  );
}

/** How many candidates there are and how many are still to review. */
function summary(x: Extraction, dismissed: number, accepted: number) {
  const total = x.events.length;
  if (total === 0) return <p className="muted">No event candidates in this text.</p>;
  const open = total - dismissed - accepted;
  const lessLikely = x.events.filter((c) => !c.likely).length;
  const parts = [`${total} found`, lessLikely ? `${lessLikely} less likely` : '', accepted ? `${accepted} accepted` : '', dismissed ? `${dismissed} dismissed` : '', `${open} to review`].filter(Boolean);
  return <p className="muted candidate-summary">{parts.join(' · ')}</p>;
}
