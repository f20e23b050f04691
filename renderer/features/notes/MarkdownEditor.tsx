import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import type { CompletionSource } from '@codemirror/autocomplete';
import { EditorView } from '@codemirror/view';
import { fromApp, noteEditorExtensions } from './editor-setup';

export interface MarkdownEditorHandle {
  text(): string;
  /** Replaces the text without counting it as an edit (a saved version came back). */
  replace(text: string): void;
  focus(): void;
}

interface Props {
  initialText: string;
  onChange(text: string): void;
  completions: CompletionSource[];
  handle: Ref<MarkdownEditorHandle>;
  hidden?: boolean;
}

/** CodeMirror in React: created once per mount; the text lives in the view, not in React state. */
export function MarkdownEditor({ initialText, onChange, completions, handle, hidden }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const initial = useRef(initialText);
  const sources = useRef(completions);

  useEffect(() => {
    const v = new EditorView({
      parent: host.current!,
      doc: initial.current,
      extensions: noteEditorExtensions({
        onChange: (text) => {
          initial.current = text;
          onChangeRef.current(text);
        },
        completions: sources.current,
      }),
    });
    view.current = v;
    return () => {
      // Keep the text for a remount (React StrictMode mounts effects twice in development).
      initial.current = v.state.doc.toString();
      v.destroy();
      view.current = null;
    };
  }, []);

  useImperativeHandle(
    handle,
    () => ({
      text: () => view.current?.state.doc.toString() ?? initial.current,
      replace: (text: string) => {
        initial.current = text;
        const v = view.current;
        if (!v || v.state.doc.toString() === text) return;
        v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: text }, annotations: fromApp.of(true) });
      },
      focus: () => view.current?.focus(),
    }),
    [],
  );

  return <div ref={host} className="note-codemirror" hidden={hidden} />;
}
