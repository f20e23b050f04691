import { useEffect, useState } from 'react';
import type { EventCandidate, Extraction, Source } from '../../../shared/model';
import { errorText, useApp } from '../../state/app-context';
import { candidateKey, eventFromCandidate } from './candidate-event';

type Fate = 'accepted' | 'dismissed';
const count = (n: number | null) => (n === null ? '–' : String(n));

/**
 * What extraction found in the source, for review: the places, people and organisations, and the
 * event candidates, each of which the analyst accepts (it becomes an event linked to this source,
 * and so appears on the map) or dismisses. Dismissals last while the source is open.
 */
export function EventCandidates({ source }: { source: Source }) {
  const { call, refresh, say, report } = useApp();
  const [extraction, setExtraction] = useState<Extraction>();
  const [problem, setProblem] = useState<string>();
  const [fates, setFates] = useState<Record<string, Fate>>({});
  const [busy, setBusy] = useState<string>();

  const [asked, setAsked] = useState(false);

  // Extraction runs when asked for: its first run loads the gazetteer and the language models
  // (a second or two in main), which opening a source should not cost.
  useEffect(() => {
    if (!asked) return;
    let stale = false;
    setExtraction(undefined);
    setProblem(undefined);
    call('sources.extract', { id: source.id }).then(
      (x) => !stale && setExtraction(x),
      (err) => !stale && setProblem(errorText(err)),
    );
    return () => {
      stale = true;
    };
  }, [asked, call, source.id, source.publishedAt]);

  useEffect(() => {
    setAsked(false);
    setFates({});
  }, [source.id]);

  const accept = async (c: EventCandidate) => {
    const input = eventFromCandidate(c, source);
    if (!input) return;
    const key = candidateKey(c);
    setBusy(key);
    try {
      const created = await call('events.create', input);
      setFates((f) => ({ ...f, [key]: 'accepted' }));
      await refresh();
      say(`Recorded the event “${created.title}” from this source`);
    } catch (err) {
      report(err);
    } finally {
      setBusy(undefined);
    }
  };

  if (!asked) {
    return (
      <section className="source-extraction">
        <button type="button" onClick={() => setAsked(true)}>
          Find places, dates and events
        </button>
      </section>
    );
  }
  if (problem) return <p className="muted">Extraction is not available: {problem}</p>;
  if (!extraction) return <p className="muted">Looking for places, dates and events…</p>;
  const open = extraction.events.filter((c) => fates[candidateKey(c)] !== 'dismissed');
  const names = (list: Array<{ name: string }>) => list.map((x) => x.name).join(', ') || '—';

  return (
    <section className="source-extraction" aria-labelledby="source-extraction-title">
      <h2 id="source-extraction-title">Found in the text</h2>
      <dl className="source-meta">
        <div className="source-row">
          <dt>Places</dt>
          <dd dir="auto">{extraction.places.map((p) => (p.kind === 'town' ? p.name : `${p.name} (${p.kind === 'country' ? 'country' : 'province'})`)).join(', ') || '—'}</dd>
        </div>
        <div className="source-row">
          <dt>People</dt>
          <dd dir="auto">{names(extraction.people)}</dd>
        </div>
        <div className="source-row">
          <dt>Organisations</dt>
          <dd dir="auto">{names(extraction.organizations)}</dd>
        </div>
      </dl>
      <h3>Event candidates</h3>
      {open.length === 0 && <p className="muted">No event candidates{extraction.events.length ? ' left' : ''}.</p>}
      <ul className="candidate-list" aria-label="Event candidates">
        {open.map((c) => {
          const key = candidateKey(c);
          const accepted = fates[key] === 'accepted';
          const placeless = c.place === null;
          return (
            <li key={key} className="candidate">
              <p className="candidate-head">
                <strong>
                  {c.type} / {c.subType}
                </strong>{' '}
                — {c.date} ({c.datePrecision}), {c.place ?? 'no place found'}
              </p>
              <p className="muted">
                Actors: {c.actors.join('; ') || '—'} · killed {count(c.fatalities)}, injured {count(c.injured)}
              </p>
              <blockquote dir="auto">{c.sentence}</blockquote>
              <div className="source-form-actions">
                <button type="button" className="primary" disabled={accepted || placeless || busy === key} title={placeless ? 'No place was found for it: record it with New event instead.' : undefined} onClick={() => void accept(c)}>
                  {accepted ? 'Accepted' : 'Accept as event'}
                </button>
                {!accepted && (
                  <button type="button" onClick={() => setFates((f) => ({ ...f, [key]: 'dismissed' }))}>
                    Dismiss
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
