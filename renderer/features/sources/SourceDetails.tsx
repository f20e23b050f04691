import { useState, type FormEvent, type ReactElement, type ReactNode } from 'react';
import { SOURCE_KINDS, type Source, type SourceKind } from '../../../shared/model';
import { toExternalLink } from '../../../shared/security/external-links';
import { errorText, useApp } from '../../state/app-context';
import { Field as SharedField } from '../../ui/Field';
import { useStoredState } from '../../ui/use-stored-state';
import { formatInstant, formatSize, languageName } from './format';
import { draftFromSource, patchFromDraft, type SourceDraft } from './source-form';

function Row({ term, children, mono }: { term: string; children: ReactNode; mono?: boolean }) {
  return (
    <div className="source-row">
      <dt>{term}</dt>
      <dd className={mono ? 'source-mono' : undefined} dir={mono ? 'ltr' : 'auto'}>
        {children}
      </dd>
    </div>
  );
}

const none = <span className="muted">—</span>;
const isBool = (v: unknown): v is boolean => typeof v === 'boolean';

/**
 * The metadata as a definition list, the fields that are filled. The URL is text to copy, never a
 * link that navigates; "Open…" hands it to the browser once the user confirms (openExternal).
 */
export function SourceMetadata({ source }: { source: Source }) {
  const s = source;
  const { openExternal } = useApp();
  const link = s.url ? toExternalLink(s.url) : null;
  const empty = [!s.outlet && 'outlet', !s.author && 'author', !s.publishedAt && 'publication date', !s.url && 'URL'].filter(Boolean);
  return (
    <>
      <dl className="source-meta">
        {s.outlet && <Row term="Outlet">{s.outlet}</Row>}
        {s.author && <Row term="Author">{s.author}</Row>}
        {s.publishedAt && <Row term="Published">{formatInstant(s.publishedAt)}</Row>}
        {s.accessedAt && <Row term="Accessed">{s.accessedAt}</Row>}
        {s.url && (
          <Row term="URL" mono>
            <span className="source-url">{s.url}</span>
            {link && (
              <button type="button" className="link-button" onClick={() => void openExternal(link)} aria-label="Open the source's URL outside Frontier">
                Open…
              </button>
            )}
          </Row>
        )}
        <Row term="Kind">{SOURCE_KINDS[s.kind]}</Row>
        <Row term="Language">{s.language ? languageName(s.language) : none}</Row>
        {s.tags.length > 0 && <Row term="Tags">{s.tags.map((t) => `#${t}`).join(' ')}</Row>}
        {s.summary && <Row term="Summary">{s.summary}</Row>}
      </dl>
      {empty.length > 0 && <p className="source-missing muted">No {listText(empty as string[])} recorded.</p>}
    </>
  );
}

const listText = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`);

/** Where the text came from: the original file byte for byte, and the hashes that prove it. */
export function SourceProvenance({ source }: { source: Source }) {
  const o = source.original;
  const [open, setOpen] = useStoredState('frontier.reader.provenanceOpen', true, isBool);
  return (
    <details className="source-provenance" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Original file and hashes</summary>
      <dl className="source-meta">
        <Row term="Id" mono>{source.id}</Row>
        {o ? (
          <>
            <Row term="File name">{o.fileName}</Row>
            <Row term="Media type" mono>{o.mediaType}</Row>
            <Row term="Size">{formatSize(o.size)}</Row>
            <Row term="SHA-256" mono>{o.sha256}</Row>
            <Row term="Imported">{formatInstant(o.importedAt)}</Row>
          </>
        ) : (
          <Row term="File">No original file was kept.</Row>
        )}
        <Row term="Text">{source.textLength.toLocaleString('en-US')} characters</Row>
        <Row term="Text SHA-256" mono>{source.textHash}</Row>
      </dl>
    </details>
  );
}

function Field(props: { label: string; children: ReactElement<{ id?: string; 'aria-describedby'?: string }>; hint?: string }) {
  return <SharedField {...props} className="source-field" />;
}

/** The small form that edits the metadata; only changed fields are sent, an emptied one is cleared. */
export function SourceEditForm({ source, onSave, onCancel }: { source: Source; onSave(patch: ReturnType<typeof patchFromDraft>): Promise<void>; onCancel(): void }) {
  const [draft, setDraft] = useState<SourceDraft>(() => draftFromSource(source));
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof SourceDraft>(key: K) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: e.target.value as SourceDraft[K] }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await onSave(patchFromDraft(draft, source));
    } catch (err) {
      setError(errorText(err));
      setBusy(false);
    }
  };

  return (
    <form className="source-form" aria-label="Edit source details" onSubmit={(e) => void submit(e)} noValidate>
      <Field label="Title">
        <input value={draft.title} onChange={set('title')} dir="auto" required />
      </Field>
      <div className="source-form-pair">
        <Field label="Outlet">
          <input value={draft.outlet} onChange={set('outlet')} dir="auto" />
        </Field>
        <Field label="Author">
          <input value={draft.author} onChange={set('author')} dir="auto" />
        </Field>
      </div>
      <div className="source-form-pair">
        <Field label="Published" hint="YYYY-MM-DD">
          <input value={draft.publishedAt} onChange={set('publishedAt')} placeholder="2021-10-08" inputMode="numeric" />
        </Field>
        <Field label="Accessed" hint="YYYY-MM-DD">
          <input value={draft.accessedAt} onChange={set('accessedAt')} placeholder="2021-10-09" inputMode="numeric" />
        </Field>
      </div>
      <Field label="URL" hint="Kept as text; Frontier never opens it.">
        <input value={draft.url} onChange={set('url')} dir="ltr" spellCheck={false} placeholder="https://" />
      </Field>
      <div className="source-form-pair">
        <Field label="Kind">
          <select value={draft.kind} onChange={set('kind')}>
            {(Object.keys(SOURCE_KINDS) as SourceKind[]).map((k) => (
              <option key={k} value={k}>
                {SOURCE_KINDS[k]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Language" hint="en, ru, fa-AF, ps">
          <input value={draft.language} onChange={set('language')} spellCheck={false} />
        </Field>
      </div>
      <Field label="Tags" hint="Words separated by spaces">
        <input value={draft.tags} onChange={set('tags')} spellCheck={false} />
      </Field>
      <Field label="Summary">
        <textarea value={draft.summary} onChange={set('summary')} rows={3} dir="auto" />
      </Field>
      {error && (
        <p className="source-error" role="alert">
          {error}
        </p>
      )}
      <div className="source-form-actions">
        <button type="submit" className="primary" disabled={busy}>
          Save
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
