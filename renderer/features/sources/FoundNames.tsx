import { useMemo } from 'react';
import { foldCase, formatCitation } from '../../../shared/links';
import type { Extraction, Source } from '../../../shared/model';
import { useApp } from '../../state/app-context';

/** A found name and the spellings the text used for it: any of them may be a note's title. */
type Named = { name: string; label: string; spellings: readonly string[] };

const placeLabel = (p: Extraction['places'][number]) => (p.kind === 'town' ? p.name : `${p.name} (${p.kind === 'country' ? 'country' : 'province'})`);

/** A found date as precise as the text is: "August 2021" is 2021-08, not the 1st of August. */
export function dateAtPrecision(d: Pick<Extraction['dates'][number], 'date' | 'precision'>): string {
  if (d.precision === 'month') return d.date.slice(0, 7);
  if (d.precision === 'week') return `week of ${d.date}`;
  if (d.precision === 'approximate') return `about ${d.date}`;
  return d.date;
}

/**
 * The places, people and organisations extraction found, each a link to the note of the same name
 * (titles compared as wikilinks compare them), or with "+ note" to start one that cites this source.
 */
export function FoundNames({ extraction, source }: { extraction: Extraction; source: Pick<Source, 'id'> }) {
  const { state, open, newNote } = useApp();
  const noteByTitle = useMemo(() => new Map(state.notes.map((n) => [foldCase(n.title.trim()), n] as const)), [state.notes]);
  const noteOf = (x: Named) => [x.name, ...x.spellings].map((s) => noteByTitle.get(foldCase(s.trim()))).find(Boolean);

  const rows: Array<[string, Named[]]> = [
    ['Places', extraction.places.map((p) => ({ name: p.name, label: placeLabel(p), spellings: [] }))],
    ['People', extraction.people.map((a) => ({ name: a.name, label: a.name, spellings: a.spellings }))],
    ['Organisations', extraction.organizations.map((a) => ({ name: a.name, label: a.name, spellings: a.spellings }))],
  ];

  return (
    <dl className="source-meta">
      {rows.map(([heading, items]) => (
        <div className="source-row" key={heading}>
          <dt>{heading}</dt>
          <dd>
            {items.length === 0 ? (
              '—'
            ) : (
              <ul className="found-names" aria-label={heading}>
                {items.map((x) => {
                  const note = noteOf(x);
                  return (
                    <li key={x.label} dir="auto">
                      {note ? (
                        <button type="button" className="link-button" title={`Open the note “${note.title}”`} onClick={() => open('note', note.id)}>
                          {x.label}
                        </button>
                      ) : (
                        <>
                          <span>{x.label}</span>
                          <button
                            type="button"
                            className="small-button"
                            aria-label={`New note on ${x.name}`}
                            title={`Start a note titled “${x.name}” that cites this source`}
                            onClick={() => void newNote(x.name, `Mentioned in ${formatCitation({ sourceId: source.id })}.\n`)}
                          >
                            + note
                          </button>
                        </>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
          </dd>
        </div>
      ))}
      {extraction.dates.length > 0 && (
        <div className="source-row">
          <dt>Dates</dt>
          <dd>
            {/* Each date's own words isolated (bdi): a Dari weekday beside a Latin date must not reorder the line. */}
            <ul className="found-names" aria-label="Dates">
              {extraction.dates.map((d) => (
                <li key={`${d.text}|${d.date}`}>
                  <bdi>{d.text}</bdi> → <span dir="ltr">{dateAtPrecision(d)}</span>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      )}
    </dl>
  );
}
