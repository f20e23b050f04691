import type { Completion, CompletionContext, CompletionResult, CompletionSource } from '@codemirror/autocomplete';
import type { EditorView } from '@codemirror/view';
import { CREDIBILITY, RELIABILITY, type Credibility, type Reliability } from '../../../shared/model';

/**
 * Completion in the note editor: `[[` offers note titles (accepting inserts `Title]]`), `[@` (and
 * `; @` inside a citation group) offers sources by title with their grade (accepting inserts
 * `s_id]`). The lists are read when completion opens, so they follow the notebook as it changes.
 */

export interface TitledNote {
  id: string;
  title: string;
}
export interface GradedSource {
  id: string;
  title: string;
  reliability: Reliability;
  credibility: Credibility;
  outlet?: string | undefined;
  publishedAt?: string | undefined;
}

// After `[[`, up to the cursor: no `]`, `|`, `#` or line break yet (those end the title part).
const WIKILINK_BEFORE = /\[\[(?!\[)[^\]|#\n\r]*$/;
const CITATION_BEFORE = /(?:\[[ \t]*|;[ \t]*)@[A-Za-z0-9_-]*$/;

/** Inserts `text`, then `close` unless the document already has it right after; the cursor goes past both. */
function insertClosing(view: EditorView, text: string, close: string, from: number, to: number): void {
  const present = view.state.sliceDoc(to, to + close.length) === close;
  view.dispatch({
    changes: { from, to, insert: present ? text : text + close },
    selection: { anchor: from + text.length + close.length },
    userEvent: 'input.complete',
    scrollIntoView: true,
  });
}

export function wikiLinkCompletion(notes: () => readonly TitledNote[], exceptId?: () => string | undefined): CompletionSource {
  return (context: CompletionContext): CompletionResult | null => {
    const match = context.matchBefore(WIKILINK_BEFORE);
    if (!match) return null;
    const skip = exceptId?.();
    const options: Completion[] = notes()
      .filter((n) => n.id !== skip)
      .map((n) => ({
        label: n.title,
        type: 'text',
        apply: (view, _completion, from, to) => insertClosing(view, n.title, ']]', from, to),
      }));
    return { from: match.from + 2, options, validFor: /^[^\]|#\n\r]*$/ };
  };
}

export function citationCompletion(sources: () => readonly GradedSource[]): CompletionSource {
  return (context: CompletionContext): CompletionResult | null => {
    const match = context.matchBefore(CITATION_BEFORE);
    if (!match) return null;
    const opensGroup = match.text.startsWith('[');
    const from = match.from + match.text.indexOf('@') + 1;
    const options: Completion[] = sources().map((s) => ({
      label: s.title,
      detail: `${s.reliability}${s.credibility}`,
      info: [`${RELIABILITY[s.reliability]}; ${CREDIBILITY[s.credibility]}`, s.outlet, s.publishedAt?.slice(0, 10), s.id].filter(Boolean).join(' · '),
      type: 'variable',
      apply: (view, _completion, f, t) => (opensGroup ? insertClosing(view, s.id, ']', f, t) : insertClosing(view, s.id, '', f, t)),
    }));
    return { from, options, validFor: /^[A-Za-z0-9_-]*$/ };
  };
}
