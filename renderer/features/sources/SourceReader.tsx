import { useEffect, useRef, useState } from 'react';
import { CREDIBILITY, RELIABILITY, formatGrade, type Credibility, type Reliability, type Source, type SourcePatch } from '../../../shared/model';
import { errorText, useApp } from '../../state/app-context';
import { DeleteSource } from './DeleteSource';
import { EventCandidates } from './EventCandidates';
import { GradePickers } from './GradePickers';
import { SourceEditForm, SourceMetadata, SourceProvenance } from './SourceDetails';
import { SourceText, type TextFocus } from './SourceText';
import { useExtraction } from './use-extraction';

/** A source as an analyst reads it: what it is and how far to trust it, then the text, quotable. */
export function SourceReader({ id, focusOnOpen = false }: { id: string; focusOnOpen?: boolean }) {
  const { call, state, refresh, quoteInNote, say, report, dispatch } = useApp();
  const [source, setSource] = useState<Source>();
  const [text, setText] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const [textProblem, setTextProblem] = useState<string>();
  const [editing, setEditing] = useState(false);
  const [focus, setFocus] = useState<TextFocus>();
  const found = useExtraction(source);
  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = source !== undefined;
  // Opened by an import: the focus goes to the title, the grade pickers right after it.
  useEffect(() => {
    if (focusOnOpen && loaded) heading.current?.focus();
  }, [focusOnOpen, loaded]);

  useEffect(() => {
    let stale = false;
    call('sources.get', { id }).then(
      (s) => {
        if (stale) return;
        setSource(s);
        setProblem(undefined);
      },
      (err) => !stale && setProblem(errorText(err)),
    );
    return () => {
      stale = true;
    };
  }, [call, id, state.revision]);

  // The text never changes after import: fetched once per source.
  useEffect(() => {
    let stale = false;
    call('sources.text', { id }).then(
      (t) => !stale && setText(t.text),
      (err) => !stale && setTextProblem(errorText(err)),
    );
    return () => {
      stale = true;
    };
  }, [call, id]);

  if (!source) {
    return problem ? (
      <p className="source-error pad" role="alert">
        {problem}
      </p>
    ) : (
      <p className="muted pad">Loading the source…</p>
    );
  }

  const save = async (patch: SourcePatch) => {
    if (Object.keys(patch).length > 0) {
      const updated = await call('sources.update', { id, patch });
      setSource(updated);
      await refresh();
      say(`Saved “${updated.title}”`);
    }
    setEditing(false);
  };

  const grade = async (patch: { reliability?: Reliability; credibility?: Credibility }) => {
    const before = source;
    setSource({ ...source, ...patch });
    try {
      const updated = await call('sources.update', { id, patch });
      setSource(updated);
      await refresh();
      say(`Graded ${formatGrade(updated.reliability, updated.credibility)}: ${RELIABILITY[updated.reliability].toLowerCase()}, ${CREDIBILITY[updated.credibility].toLowerCase()}`);
    } catch (err) {
      setSource(before);
      report(err);
    }
  };

  const remove = async (force: boolean) => {
    const removed = await call('sources.delete', { id, force });
    dispatch({ type: 'select', selection: null });
    await refresh();
    say(`Deleted “${removed.title}”`);
  };

  return (
    <article className="source-reader" aria-labelledby="source-title">
      <header className="source-header">
        <p className="source-kicker">Source</p>
        <h1 id="source-title" dir="auto" tabIndex={-1} ref={heading}>
          {source.title}
        </h1>
        <GradePickers reliability={source.reliability} credibility={source.credibility} onChange={(p) => void grade(p)} />
        <div className="source-actions">
          {!editing && (
            <button type="button" onClick={() => setEditing(true)}>
              Edit details
            </button>
          )}
          <DeleteSource title={source.title} onDelete={remove} />
        </div>
      </header>
      {editing ? <SourceEditForm source={source} onSave={save} onCancel={() => setEditing(false)} /> : <SourceMetadata source={source} />}
      <SourceProvenance source={source} />
      <EventCandidates key={source.id} source={source} found={found} onSourceChange={setSource} onShow={(c) => setFocus({ start: c.start, end: c.end, nonce: Date.now() })} />
      {text !== undefined ? (
        <SourceText
          text={text}
          language={source.language}
          found={found.state === 'found' ? found.extraction.highlights : undefined}
          focus={focus}
          onQuote={(excerpt, locator, into) => quoteInNote(id, excerpt, locator, into)}
        />
      ) : textProblem ? (
        <p className="source-error" role="alert">
          The text could not be read: {textProblem}
        </p>
      ) : (
        <p className="muted">Loading the text…</p>
      )}
    </article>
  );
}
