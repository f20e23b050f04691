import { useDeferredValue, useLayoutEffect, useMemo, useRef, type MouseEvent } from 'react';
import { toExternalLink } from '../../../shared/security/external-links';
import { useApp } from '../../state/app-context';
import { makeLinkContext, renderMarkdownFragment } from './render-markdown';

/**
 * The rendered note. Nothing in it navigates the page: wikilinks open notes (or create the note an
 * unresolved link names), citations open their source, and an http(s) or mailto link is opened
 * outside Frontier only once the user confirms it (openExternal); any other link does nothing.
 */
export function NotePreview({ markdown, hidden }: { markdown: string; hidden?: boolean }) {
  const { state, open, newNote, openExternal } = useApp();
  const box = useRef<HTMLDivElement>(null);
  const ctx = useMemo(() => makeLinkContext(state.notes, state.sources), [state.notes, state.sources]);
  // Typing stays responsive in Split view: the preview may lag a keystroke behind.
  const text = useDeferredValue(markdown);

  useLayoutEffect(() => {
    if (hidden) return;
    box.current?.replaceChildren(renderMarkdownFragment(text, ctx));
  }, [text, ctx, hidden]);

  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    const a = e.target instanceof Element ? e.target.closest('a') : null;
    if (!a || !box.current?.contains(a)) return;
    e.preventDefault();
    if (e.type !== 'click') return;
    const noteId = a.getAttribute('data-note-id');
    const target = a.getAttribute('data-note-target');
    const sourceId = a.getAttribute('data-source-id');
    if (noteId) open('note', noteId);
    else if (target) void newNote(target);
    else if (sourceId) open('source', sourceId);
    else {
      const url = toExternalLink(a.getAttribute('href') ?? '');
      if (url) void openExternal(url);
    }
  };

  return (
    <div
      ref={box}
      className="note-preview"
      role="region"
      aria-label="Preview"
      hidden={hidden}
      onClick={onClick}
      onAuxClick={onClick}
      onDragStart={(e) => e.preventDefault()}
    />
  );
}
