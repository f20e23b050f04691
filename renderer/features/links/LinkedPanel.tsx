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
                <button type="button" className="item" onClick={() => open('note', b.noteId)}>
                  <span className="title" dir="auto">{b.title}</span>
                  <span className="meta" dir="auto">{b.context}</span>
                </button>
              </li>
            ))}
          </Section>
          <Section title="Outgoing links" count={links.outgoing.length}>
            {links.outgoing.map((o) => (
              <li key={o.noteId}>
                <button type="button" className="item" onClick={() => open('note', o.noteId)}>
                  <span className="title" dir="auto">{o.title}</span>
                </button>
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
                <button type="button" className="item" onClick={() => open('note', m.noteId)}>
                  <span className="title" dir="auto">{m.title}</span>
                  <span className="meta" dir="auto">{m.context}</span>
                </button>
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
              <button type="button" className="item" onClick={() => open('note', o.noteId)}>
                <span className="title" dir="auto">{o.title}</span>
              </button>
            </li>
          ))}
        </Section>
      )}
      {sel?.kind === 'source' && (
        <Section title="Cited by" count={links.citedBy.length}>
          {links.citedBy.map((c) => (
            <li key={c.noteId}>
              <button type="button" className="item" onClick={() => open('note', c.noteId)}>
                <span className="title" dir="auto">{c.title}</span>
              </button>
            </li>
          ))}
        </Section>
      )}
      {sel?.kind !== 'event' && (
        <Section title="Linked events" count={links.events.length}>
          {links.events.map((e) => (
            <li key={e.id}>
              <button type="button" className="item" onClick={() => open('event', e.id)}>
                <span className="title" dir="auto">{e.title}</span>
                <span className="meta">{e.date}</span>
              </button>
            </li>
          ))}
        </Section>
      )}
    </div>
  );
}
