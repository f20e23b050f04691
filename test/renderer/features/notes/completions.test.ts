// @vitest-environment jsdom
import { CompletionContext, type Completion, type CompletionResult } from '@codemirror/autocomplete';
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { afterEach, describe, expect, it } from 'vitest';
import { citationCompletion, wikiLinkCompletion, type GradedSource, type TitledNote } from '../../../../renderer/features/notes/completions';

const NOTES: TitledNote[] = [
  { id: 'n_self', title: 'This note' },
  { id: 'n_1', title: 'Kabul airport' },
  { id: 'n_2', title: 'Other' },
];
const SOURCES: GradedSource[] = [{ id: 's_tolo', title: 'Tolo News: airport closed', reliability: 'B', credibility: 2, outlet: 'Tolo News' }];

const wiki = wikiLinkCompletion(() => NOTES, () => 'n_self');
const cite = citationCompletion(() => SOURCES);
const views: EditorView[] = [];
afterEach(() => views.splice(0).forEach((v) => v.destroy()));

/** The last `|` marks the cursor. */
function at(text: string) {
  const pos = text.lastIndexOf('|');
  const doc = text.slice(0, pos) + text.slice(pos + 1);
  const view = new EditorView({ state: EditorState.create({ doc, selection: { anchor: pos } }), parent: document.body });
  views.push(view);
  return { view, context: new CompletionContext(view.state, pos, false) };
}

function accept(view: EditorView, result: CompletionResult, option: Completion): string {
  const apply = option.apply as (v: EditorView, c: Completion, from: number, to: number) => void;
  apply(view, option, result.from, view.state.selection.main.head);
  const { doc, selection } = view.state;
  const head = selection.main.head;
  return `${doc.sliceString(0, head)}|${doc.sliceString(head)}`;
}

describe('[[ completion', () => {
  it('offers the other notes’ titles right after [[', () => {
    const { context } = at('See [[|');
    const result = wiki(context) as CompletionResult;
    expect(result.from).toBe(6);
    expect(result.options.map((o) => o.label)).toEqual(['Kabul airport', 'Other']);
  });

  it('inserts Title]] and puts the cursor after it', () => {
    const { view, context } = at('See [[Oth|');
    const result = wiki(context) as CompletionResult;
    expect(accept(view, result, result.options.find((o) => o.label === 'Other')!)).toBe('See [[Other]]|');
  });

  it('does not double the closing brackets already there', () => {
    const { view, context } = at('See [[Oth|]] now');
    const result = wiki(context) as CompletionResult;
    expect(accept(view, result, result.options[1]!)).toBe('See [[Other]]| now');
  });

  it('stays out of the way after | or #, or outside links', () => {
    for (const text of ['[[Other|lab|', '[[Other#he|', 'plain [text|']) expect(wiki(at(text).context)).toBeNull();
  });
});

describe('[@ completion', () => {
  it('offers sources with their grade, and inserts s_id]', () => {
    const { view, context } = at('Closed [@|');
    const result = cite(context) as CompletionResult;
    const option = result.options[0]!;
    expect(option.label).toBe('Tolo News: airport closed');
    expect(option.detail).toBe('B2');
    expect(option.info).toContain('Usually reliable');
    expect(accept(view, result, option)).toBe('Closed [@s_tolo]|');
  });

  it('replaces what was typed after @, and continues a group without a bracket', () => {
    const typed = at('Closed [@tolo|');
    const r1 = cite(typed.context) as CompletionResult;
    expect(accept(typed.view, r1, r1.options[0]!)).toBe('Closed [@s_tolo]|');
    const group = at('[@s_a, p. 2; @|]');
    const r2 = cite(group.context) as CompletionResult;
    expect(accept(group.view, r2, r2.options[0]!)).toBe('[@s_a, p. 2; @s_tolo|]');
  });

  it('is not offered for e-mail addresses or plain @', () => {
    expect(cite(at('mail a@|').context)).toBeNull();
    expect(cite(at('@|').context)).toBeNull();
  });
});
