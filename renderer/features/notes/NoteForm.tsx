import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Note } from '../../../shared/model';
import { rewriteLinksForRename } from '../../../shared/links';
import { ApiError } from '../../api/client';
import { errorText, useApp } from '../../state/app-context';
import { useStoredState } from '../../ui/use-stored-state';
import { AutoSaver, keepDraft, saveStateText, trackSave, type NoteFields, type SaveState } from './autosave';
import { citationCompletion, wikiLinkCompletion } from './completions';
import { MarkdownEditor, type MarkdownEditorHandle } from './MarkdownEditor';
import { NotePreview } from './NotePreview';
import { formatTags, parseTags, sameTags } from './tags';

export type ViewMode = 'edit' | 'preview' | 'split';
const VIEW_MODES: Array<{ mode: ViewMode; label: string }> = [
  { mode: 'edit', label: 'Edit' },
  { mode: 'preview', label: 'Preview' },
  { mode: 'split', label: 'Split' },
];
const isViewMode = (v: unknown): v is ViewMode => v === 'edit' || v === 'preview' || v === 'split';

interface Props {
  note: Note;
  /** Edits that were not saved when this note was last closed. */
  draft?: NoteFields | undefined;
  onDeleted(note: Note, eventIds: string[]): void;
  /** Reload the saved version (after a conflict, the analyst chose it over theirs). */
  onReload(): void;
}

/** Editing one loaded note: title, tags, Markdown with completion, preview, autosave, delete. */
export function NoteForm({ note, draft, onDeleted, onReload }: Props) {
  const app = useApp();
  const appRef = useRef(app);
  appRef.current = app;
  const { call } = app;

  const editor = useRef<MarkdownEditorHandle>(null);
  const titleField = useRef<HTMLInputElement>(null);
  const savedTitle = useRef(note.title);
  const sentTags = useRef(draft?.tags ?? note.tags);
  const [title, setTitle] = useState(draft?.title ?? note.title);
  const [tagsText, setTagsText] = useState(formatTags(draft?.tags ?? note.tags));
  const [text, setText] = useState(draft?.body ?? note.body);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved' });
  const [mode, setMode] = useStoredState<ViewMode>('frontier.notes.view.v1', 'edit', isViewMode);
  const [busy, setBusy] = useState(false);

  const [saver] = useState(
    () =>
      new AutoSaver({
        id: note.id,
        updated: note.updated,
        save: async (request) => (await call('notes.update', { id: note.id, ...request })).note,
        onSaved: (saved, sent) => {
          if (sent.title !== undefined) renamed(savedTitle.current, saved);
          void appRef.current.refresh();
        },
        onState: setSaveState,
        describe: (err, part) => ({ reason: errorText(err), conflict: part === 'content' && err instanceof ApiError && err.code === 'CONFLICT' }),
      }),
  );

  /** After a rename: the service rewrote [[links]] to the old title, in this note too. */
  function renamed(oldTitle: string, saved: Note | { title: string; body: string }) {
    savedTitle.current = saved.title;
    setTitle((current) => (current.trim() === saved.title ? saved.title : current));
    const handle = editor.current;
    if (!handle) return;
    const mine = handle.text();
    if (mine === saved.body) return;
    if (saver.unsaved.body === undefined) {
      handle.replace(saved.body);
      setText(saved.body);
    } else {
      // Typed while the rename was saving: rewrite the same links here, and save that.
      const { text: rewritten, count } = rewriteLinksForRename(mine, oldTitle, saved.title);
      if (count > 0) {
        handle.replace(rewritten);
        setText(rewritten);
        saver.edit({ body: rewritten });
      }
    }
  }

  // A new, empty note: the first thing to do is name it.
  useEffect(() => {
    if (note.body === '' && /^Untitled(?: \d+)?$/.test(note.title)) {
      titleField.current?.focus();
      titleField.current?.select();
    }
  }, [note.body, note.title]);

  // Start from unsaved edits kept from the last time this note was open.
  useEffect(() => {
    if (draft && Object.keys(draft).length > 0) saver.edit(draft);
  }, [draft, saver]);

  // Leaving the note (switching, deleting, closing the window) saves what is pending.
  useEffect(() => {
    const flush = () => void saver.flush();
    const onHidden = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('beforeunload', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('beforeunload', flush);
      document.removeEventListener('visibilitychange', onHidden);
      const last = saver.flush().then(() => {
        const unsaved = saver.unsaved;
        if (Object.keys(unsaved).length === 0) return;
        keepDraft(note.id, unsaved);
        const state = saver.state;
        appRef.current.report(`“${savedTitle.current}” was not saved${state.kind === 'failed' ? `: ${state.reason}` : ''}. Open it again to retry.`);
      });
      trackSave(note.id, last);
    };
  }, [saver, note.id]);

  const notesRef = useRef(app.state.notes);
  notesRef.current = app.state.notes;
  const sourcesRef = useRef(app.state.sources);
  sourcesRef.current = app.state.sources;
  const completions = useMemo(
    () => [wikiLinkCompletion(() => notesRef.current, () => note.id), citationCompletion(() => sourcesRef.current)],
    [note.id],
  );

  const commitTitle = () => {
    if (title.trim() === savedTitle.current && saver.unsaved.title === undefined) return;
    saver.edit({ title: title.trim() }, true);
  };
  const onTitleKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      commitTitle();
      editor.current?.focus();
    } else if (e.key === 'Escape') {
      setTitle(savedTitle.current);
    }
  };

  const onTags = (value: string) => {
    setTagsText(value);
    const { tags, invalid } = parseTags(value);
    if (invalid.length > 0) {
      saver.setInputError(`not a tag: ${invalid.join(' ')} (a tag is one word without spaces, commas, # or brackets)`);
      return;
    }
    saver.setInputError(undefined);
    if (sameTags(tags, sentTags.current)) return;
    sentTags.current = tags;
    saver.edit({ tags });
  };

  const overwrite = async () => {
    try {
      const current = await call('notes.get', { id: note.id });
      await saver.overwrite(current.updated);
    } catch (err) {
      app.report(err);
    }
  };
  const reload = () => {
    saver.discard(note.updated);
    onReload();
  };

  const onDelete = async () => {
    setBusy(true);
    try {
      commitTitle();
      await saver.flush();
      const state = saver.state;
      if (state.kind === 'failed') {
        app.report(`Not deleted: the note has changes that are not saved (${state.reason}).`);
        return;
      }
      const links = await call('links.get', { id: note.id });
      const deleted = await call('notes.delete', { id: note.id });
      saver.discard(deleted.updated);
      onDeleted(deleted, links.events.map((e) => e.id));
    } catch (err) {
      app.report(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <article
      className="note-editor"
      aria-label="Note"
      // Mod-S saves now (in any field, the editor included), instead of the browser's "Save page".
      onKeyDown={(e) => {
        if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 's') {
          e.preventDefault();
          commitTitle();
          void saver.flush();
        }
      }}
    >
      <header className="note-header">
        <input ref={titleField} className="note-title" aria-label="Title" dir="auto" value={title} maxLength={500} onChange={(e) => setTitle(e.target.value)} onBlur={commitTitle} onKeyDown={onTitleKey} />
        <label className="note-tags">
          <span>Tags</span>
          <input
            dir="auto"
            value={tagsText}
            placeholder="Add tags, separated by spaces"
            aria-invalid={parseTags(tagsText).invalid.length > 0}
            onChange={(e) => onTags(e.target.value)}
            onBlur={() => {
              const { tags, invalid } = parseTags(tagsText);
              if (invalid.length === 0) setTagsText(formatTags(tags));
            }}
          />
        </label>
        <div className="note-toolbar">
          <div className="note-view-toggle" role="group" aria-label="View">
            {VIEW_MODES.map((v) => (
              <button key={v.mode} type="button" aria-pressed={mode === v.mode} onClick={() => setMode(v.mode)}>
                {v.label}
              </button>
            ))}
          </div>
          <span className={`note-save-state note-${saveState.kind}`} role="status" aria-label="Save state">
            {saveStateText(saveState)}
          </span>
          {saveState.kind === 'failed' && saveState.conflict && (
            <span className="note-conflict">
              <button type="button" onClick={() => void overwrite()}>Keep mine</button>
              <button type="button" onClick={reload}>Load saved</button>
            </span>
          )}
          <button type="button" className="note-delete" onClick={() => void onDelete()} disabled={busy}>
            Delete note
          </button>
        </div>
      </header>
      <div className={`note-body note-mode-${mode}`}>
        <MarkdownEditor
          handle={editor}
          initialText={draft?.body ?? note.body}
          hidden={mode === 'preview'}
          completions={completions}
          onChange={(body) => {
            setText(body);
            saver.edit({ body });
          }}
        />
        <NotePreview markdown={text} hidden={mode === 'edit'} />
      </div>
    </article>
  );
}
