import { useEffect, useState, type ReactNode } from 'react';
import { CREDIBILITY, RELIABILITY } from '../../../shared/model';
import type { Links } from '../../../shared/ipc';
import { useApp } from '../../state/app-context';

function Section({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  return (
    <section className="linked-section" aria-label={title}>
      <h2>
        {title} <span className="count">{count}</span>
      </h2>
      {count === 0 ? <p className="muted">None</p> : <ul>{children}</ul>}
    </section>
  );
}

/** One linked item: a button that opens it, with an optional second line (context, date). */
function ItemButton({ title, meta, onClick, hint }: { title: string; meta?: string | undefined; onClick(): void; hint?: string }) {
  return (
    <button type="button" className="item" title={hint} onClick={onClick}>
      <span className="title" dir="auto">{title}</span>
      {meta && <span className="meta" dir="auto">{meta}</span>}
    </button>
  );
}

/** Everything linked to the open item, both ways: what the analyst checks before trusting a note. */
export function LinkedPanel() {
  const { state, call, open, newNote } = useApp();
  const sel = state.selection;
  const id = sel && 'id' in sel ? sel.id : undefined;
  const [links, setLinks] = useState<Links>();

  useEffect(() => {
    if (!id) return setLinks(undefined);
    let stale = false;
    call('links.get', { id }).then(
      (l) => !stale && setLinks(l),
      () => !stale && setLinks(undefined),
    );
    return () => {
      stale = true;
    };
  }, [id, call, state.revision]);

  if (!links) return <p className="muted pad">Open a note, source or event to see what links to it.</p>;
  return (
    <div className="linked-inner">
      {sel?.kind === 'note' && (
        <>
          <Section title="Backlinks" count={links.backlinks.length}>
            {links.backlinks.map((b) => (
              <li key={b.noteId}>
                <ItemButton title={b.title} meta={b.context} onClick={() => open('note', b.noteId)} />
              </li>
            ))}
          </Section>
          <Section title="Outgoing links" count={links.outgoing.length}>
            {links.outgoing.map((o) => (
              <li key={o.noteId}>
                <ItemButton title={o.title} onClick={() => open('note', o.noteId)} />
              </li>
            ))}
          </Section>
          <Section title="Unresolved links" count={links.unresolved.length}>
            {links.unresolved.map((u) => (
              <li key={u}>
                <button type="button" className="item" title={`Create a note titled “${u}”`} onClick={() => void newNote(u)}>
                  <span className="title" dir="auto">{u}</span>
                  <span className="meta">Create note</span>
                </button>
              </li>
            ))}
          </Section>
          <Section title="Unlinked mentions" count={links.unlinkedMentions.length}>
            {links.unlinkedMentions.map((m) => (
              <li key={m.noteId}>
                <ItemButton title={m.title} meta={m.context} onClick={() => open('note', m.noteId)} />
              </li>
            ))}
          </Section>
        </>
      )}
      {(sel?.kind === 'note' || sel?.kind === 'event') && (
        <Section title="Cited sources" count={links.citations.length}>
          {links.citations.map((c, i) => (
            <li key={`${c.sourceId}-${i}`}>
              {c.source ? (
                <button type="button" className="item" onClick={() => open('source', c.sourceId)}>
                  <span className="title" dir="auto">
                    <span className="grade" title={`${RELIABILITY[c.source.reliability]}; ${CREDIBILITY[c.source.credibility]}`}>
                      {c.source.reliability}
                      {c.source.credibility}
                    </span>{' '}
                    {c.source.title}
                  </span>
                  {(c.locator || c.excerpt) && (
                    <span className="meta" dir="auto">
                      {c.locator}
                      {c.locator && c.excerpt ? ' · ' : ''}
                      {c.excerpt && `“${c.excerpt}”`}
                    </span>
                  )}
                </button>
              ) : (
                <span className="item broken">Missing source {c.sourceId}</span>
              )}
            </li>
          ))}
        </Section>
      )}
      {sel?.kind === 'event' && (
        <Section title="Linked notes" count={links.outgoing.length}>
          {links.outgoing.map((o) => (
            <li key={o.noteId}>
              <ItemButton title={o.title} onClick={() => open('note', o.noteId)} />
            </li>
          ))}
        </Section>
      )}
      {sel?.kind === 'source' && (
        <Section title="Cited by" count={links.citedBy.length}>
          {links.citedBy.map((c) => (
            <li key={c.noteId}>
              <ItemButton title={c.title} onClick={() => open('note', c.noteId)} />
            </li>
          ))}
        </Section>
      )}
      {sel?.kind !== 'event' && (
        <Section title="Linked events" count={links.events.length}>
          {links.events.map((e) => (
            <li key={e.id}>
              <ItemButton title={e.title} meta={e.date} onClick={() => open('event', e.id)} />
            </li>
          ))}
        </Section>
      )}
    </div>
  );
}
