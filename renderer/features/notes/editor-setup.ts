import { autocompletion, completionKeymap, type CompletionSource } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { markdown, markdownLanguage } from '@codemirror/lang-markdown';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { Annotation, EditorState, RangeSetBuilder, type Extension } from '@codemirror/state';
import { Decoration, drawSelection, EditorView, highlightActiveLine, keymap, placeholder, ViewPlugin, type DecorationSet, type ViewUpdate } from '@codemirror/view';
import { tags as t } from '@lezer/highlight';

/**
 * The CodeMirror 6 configuration of the note editor, in one place (the "wrap a library's state API
 * in one module" rule): Markdown with GFM, history, completion, per-line text direction (Dari and
 * Russian lines read the right way), and colours from the app's CSS variables (light and dark).
 */

const highlight = HighlightStyle.define([
  { tag: t.heading1, fontSize: '1.35em', fontWeight: '700' },
  { tag: t.heading2, fontSize: '1.2em', fontWeight: '700' },
  { tag: [t.heading3, t.heading4, t.heading5, t.heading6], fontWeight: '700' },
  { tag: t.strong, fontWeight: '700' },
  { tag: t.emphasis, fontStyle: 'italic' },
  { tag: t.strikethrough, textDecoration: 'line-through' },
  { tag: [t.link, t.url], color: 'var(--accent)' },
  { tag: t.monospace, fontFamily: 'var(--mono)', fontSize: '0.92em' },
  { tag: t.quote, color: 'var(--muted)', fontStyle: 'italic' },
  { tag: [t.processingInstruction, t.meta, t.contentSeparator, t.labelName], color: 'var(--muted)' },
]);

const theme = EditorView.theme({
  '&': { height: '100%', backgroundColor: 'var(--pane)', color: 'var(--text)', fontSize: '15px' },
  '&.cm-focused': { outline: 'none' },
  '.cm-scroller': { fontFamily: 'var(--font)', lineHeight: '1.55', overflow: 'auto' },
  '.cm-content': { padding: '12px 4px', caretColor: 'var(--text)' },
  '.cm-line': { padding: '0 12px' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--text)' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, ::selection': {
    backgroundColor: 'color-mix(in srgb, var(--accent) 28%, transparent)',
  },
  '.cm-activeLine': { backgroundColor: 'color-mix(in srgb, var(--selected) 55%, transparent)' },
  '.cm-placeholder': { color: 'var(--muted)' },
  '.cm-tooltip': { backgroundColor: 'var(--pane)', color: 'var(--text)', border: '1px solid var(--border)', borderRadius: '6px', boxShadow: '0 6px 20px rgb(0 0 0 / 0.18)' },
  '.cm-tooltip.cm-tooltip-autocomplete > ul': { fontFamily: 'var(--font)', maxHeight: '16em' },
  '.cm-tooltip.cm-tooltip-autocomplete > ul > li': { padding: '3px 8px' },
  '.cm-tooltip-autocomplete ul li[aria-selected]': { backgroundColor: 'var(--accent)', color: 'var(--accent-text)' },
  '.cm-completionDetail': { fontFamily: 'var(--mono)', fontStyle: 'normal', marginInlineStart: '0.8em', opacity: '0.85' },
  '.cm-completionInfo': { padding: '4px 8px', maxWidth: '320px' },
  '.cm-completionIcon': { display: 'none' },
});

/**
 * Each line takes its direction from its own text (`dir="auto"`, as the preview's blocks do), so a
 * Dari line reads right to left beside English ones; perLineTextDirection makes CodeMirror's
 * cursor motion follow what the browser decided.
 */
const autoDirLine = Decoration.line({ attributes: { dir: 'auto' } });
const lineDirection = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = build(view);
    }
    update(u: ViewUpdate) {
      if (u.docChanged || u.viewportChanged) this.decorations = build(u.view);
    }
  },
  { decorations: (p) => p.decorations },
);
function build(view: EditorView): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>();
  for (const { from, to } of view.visibleRanges) {
    for (let pos = from; pos <= to; ) {
      const line = view.state.doc.lineAt(pos);
      builder.add(line.from, line.from, autoDirLine);
      pos = line.to + 1;
    }
  }
  return builder.finish();
}

/** Marks a change the app made (loading a saved version), which is not an edit to save. */
export const fromApp = Annotation.define<boolean>();

export interface EditorSetup {
  /** Called with the whole text after every change the user makes. */
  onChange(text: string): void;
  completions: CompletionSource[];
}

export function noteEditorExtensions(setup: EditorSetup): Extension[] {
  return [
    history(),
    drawSelection(),
    highlightActiveLine(),
    EditorView.lineWrapping,
    EditorView.perLineTextDirection.of(true),
    lineDirection,
    EditorView.contentAttributes.of({ 'aria-label': 'Note text', spellcheck: 'true', autocapitalize: 'sentences' }),
    EditorState.allowMultipleSelections.of(false),
    markdown({ base: markdownLanguage }),
    syntaxHighlighting(highlight),
    autocompletion({ override: setup.completions, icons: false, activateOnTyping: true }),
    placeholder('Write in Markdown. [[ links a note, [@ cites a source.'),
    keymap.of([
      ...completionKeymap,
      ...historyKeymap,
      ...defaultKeymap,
      // Escape then Tab moves focus out (CodeMirror's tab-focus mode), so the editor is no keyboard trap.
      indentWithTab,
    ]),
    theme,
    EditorView.updateListener.of((u) => {
      if (u.docChanged && u.transactions.some((tr) => tr.docChanged && !tr.annotation(fromApp))) {
        setup.onChange(u.state.doc.toString());
      }
    }),
  ];
}
