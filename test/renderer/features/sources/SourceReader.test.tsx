// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { SourceReader } from '../../../../renderer/features/sources/SourceReader';
import { FIRST_PARAGRAPHS } from '../../../../renderer/features/sources/SourceText';
import { selectedTextWithin } from '../../../../renderer/features/sources/selection';
import type { Source } from '../../../../shared/model';
import { FakeFailure, button, byLabel, click, fakeApi, renderInApp, settle, type, type Handlers, type Rendered } from './render-kit';
import { SOURCE_ID, source } from './source-fixtures';

const TEXT = 'Kunduz, 8 October 2021\n\nA suicide bomber attacked worshippers.\nAt least 46 people were killed.\n\nدر انفجار روز جمعه دست‌کم ۴۶ تن کشته شدند.\n\n<img src="http://evil.example/x.png" onerror="window.pwned=1"><script>window.pwned=2</script>';

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
  window.getSelection()?.removeAllRanges();
  window.localStorage.clear();
});

function sourceApi(over: Handlers = {}, initial: Source = source()) {
  let current = initial;
  const fake = fakeApi({
    'sources.get': () => current,
    'sources.text': () => ({ text: TEXT }),
    'sources.list': () => [current],
    'sources.update': (input: { patch: Record<string, unknown> }) => {
      const next: Record<string, unknown> = { ...current };
      for (const [k, v] of Object.entries(input.patch)) if (v === null) delete next[k];
      else next[k] = v;
      current = next as Source;
      return current;
    },
    'notes.create': (input: { title: string; body: string }) => ({ id: 'n_000000000001', title: input.title, body: input.body, tags: [], created: '2021-10-09T08:00:00.000Z', updated: '2021-10-09T08:00:00.000Z' }),
    ...over,
  });
  return fake;
}

const region = () => view!.container.querySelector<HTMLElement>('[aria-label="Source text"]')!;

/** Selects `needle` in the source text with a DOM Range, as the mouse would. */
async function select(needle: string, from: Node = region()) {
  const walker = document.createTreeWalker(from, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf(needle);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + needle.length);
    await act(async () => {
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
      document.dispatchEvent(new Event('selectionchange'));
    });
    return;
  }
  throw new Error(`"${needle}" not found`);
}

describe('SourceReader', () => {
  it('shows the metadata as a definition list and the grade as two pickers that say what each grade means', async () => {
    const { api } = sourceApi({}, source({ url: 'https://pajhwok.example/x', outlet: 'Pajhwok' }));
    view = await renderInApp(<SourceReader id={SOURCE_ID} />, api);
    const c = view.container;
    expect(c.querySelector('h1')?.textContent).toBe('Suicide bombing at a Shia mosque in Kunduz');
    const terms = [...c.querySelectorAll('dt')].map((d) => d.textContent);
    expect(terms).toEqual(expect.arrayContaining(['Outlet', 'Published', 'URL', 'Kind', 'Language', 'Tags', 'File name', 'Media type', 'Size', 'SHA-256', 'Imported', 'Text SHA-256']));
    expect(c.textContent).toContain('1.5 KB (1,536 bytes)');
    expect(c.textContent).toContain('b'.repeat(64));
    // The URL is text: there is no link to follow anywhere in the reader.
    expect(c.textContent).toContain('https://pajhwok.example/x');
    expect(c.querySelectorAll('a')).toHaveLength(0);

    const reliability = byLabel(c, 'Reliability') as HTMLSelectElement;
    const credibility = byLabel(c, 'Credibility') as HTMLSelectElement;
    expect([...reliability.options].map((o) => o.textContent)).toEqual([
      'A — Completely reliable',
      'B — Usually reliable',
      'C — Fairly reliable',
      'D — Not usually reliable',
      'E — Unreliable',
      'F — Reliability cannot be judged',
    ]);
    expect([...credibility.options].map((o) => o.textContent)).toContain('2 — Probably true');
    expect(reliability.value).toBe('F');
    expect(credibility.value).toBe('6');
  });

  it('renders the text as text, one dir="auto" paragraph each, in a region named "Source text"', async () => {
    const { api } = sourceApi();
    view = await renderInApp(<SourceReader id={SOURCE_ID} />, api);
    const ps = [...region().querySelectorAll('p')];
    expect(ps.map((p) => p.getAttribute('dir'))).toEqual(['auto', 'auto', 'auto', 'auto']);
    expect(ps[1]!.textContent).toBe('A suicide bomber attacked worshippers.\nAt least 46 people were killed.');
    expect(ps[3]!.textContent).toBe('<img src="http://evil.example/x.png" onerror="window.pwned=1"><script>window.pwned=2</script>');
    expect(region().querySelectorAll('img, script')).toHaveLength(0);
    expect(region().getAttribute('lang')).toBe('en');
  });

  it('takes the focus to the title when opened by an import, and only then', async () => {
    view = await renderInApp(<SourceReader id={SOURCE_ID} focusOnOpen />, sourceApi().api);
    expect(document.activeElement).toBe(view.container.querySelector('h1'));
    view.unmount();
    (document.activeElement as HTMLElement | null)?.blur();
    view = await renderInApp(<SourceReader id={SOURCE_ID} />, sourceApi().api);
    expect(document.activeElement).not.toBe(view.container.querySelector('h1'));
  });

  it('saves a new grade at once and refreshes the lists', async () => {
    const fake = sourceApi();
    view = await renderInApp(<SourceReader id={SOURCE_ID} />, fake.api);
    const listsBefore = fake.callsOf('sources.list').length;
    await type(byLabel(view.container, 'Reliability'), 'B');
    await type(byLabel(view.container, 'Credibility'), '2');
    expect(fake.callsOf('sources.update')).toEqual([
      { id: SOURCE_ID, patch: { reliability: 'B' } },
      { id: SOURCE_ID, patch: { credibility: 2 } },
    ]);
    expect(fake.callsOf('sources.list').length).toBeGreaterThan(listsBefore);
    expect(view.probe().status).toBe('Graded B2: usually reliable, probably true');
    expect((byLabel(view.container, 'Credibility') as HTMLSelectElement).value).toBe('2');
  });

  it('puts the grade back and reports when main refuses it', async () => {
    const fake = sourceApi({
      'sources.update': () => {
        throw new FakeFailure('LOCKED', 'The notebook is open in another process.');
      },
    });
    view = await renderInApp(<SourceReader id={SOURCE_ID} />, fake.api);
    await type(byLabel(view.container, 'Reliability'), 'A');
    expect((byLabel(view.container, 'Reliability') as HTMLSelectElement).value).toBe('F');
    expect(view.probe().status).toBe('The notebook is open in another process.');
  });

  it('enables "Quote in note" for a selection in the text and quotes it in a new note', async () => {
    const fake = sourceApi();
    view = await renderInApp(<SourceReader id={SOURCE_ID} />, fake.api);
    const quote = button(view.container, 'Quote in note');
    expect(quote.disabled).toBe(true);

    await select('At least 46 people');
    expect(quote.disabled).toBe(false);
    expect(view.container.querySelector('q')?.textContent).toBe('At least 46 people');
    await click(quote);
    expect(fake.callsOf('notes.create')).toEqual([{ title: 'Untitled', body: `[@${SOURCE_ID}, "At least 46 people"]\n` }]);
    expect(view.probe().selection).toEqual({ kind: 'note', id: 'n_000000000001' });
  });

  it('quotes in the note opened last, or in a new note when asked ("Quote in new note", Shift+Enter)', async () => {
    let body = '';
    const note = () => ({ id: 'n_000000000001', title: 'Untitled', body, tags: [], created: '2021-10-09T08:00:00.000Z', updated: '2021-10-09T08:00:00.000Z' });
    const fake = sourceApi({
      'notes.create': (input: { body: string }) => ((body = input.body), note()),
      'notes.get': () => note(),
      'notes.update': (input: { body: string }) => ((body = input.body), note()),
    });
    view = await renderInApp(<SourceReader id={SOURCE_ID} />, fake.api);
    await select('At least 46 people');
    await click(button(view.container, 'Quote in note')); // no note opened yet: a new one
    expect(view.probe().lastNote).toBe('n_000000000001');
    await select('suicide bomber');
    await click(button(view.container, 'Quote in note')); // the note opened last
    expect(fake.callsOf('notes.update')).toHaveLength(1);
    await select('worshippers');
    await click(button(view.container, 'Quote in new note'));
    await select('killed');
    await act(async () => {
      region().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true, bubbles: true, cancelable: true }));
    });
    await settle();
    expect(fake.callsOf('notes.create').map((c) => (c as { body: string }).body)).toEqual([
      `[@${SOURCE_ID}, "At least 46 people"]\n`,
      `[@${SOURCE_ID}, "worshippers"]\n`,
      `[@${SOURCE_ID}, "killed"]\n`,
    ]);
    expect(fake.callsOf('notes.update')).toHaveLength(1);
  });

  it('quotes across a line break as one line, with the locator', async () => {
    const fake = sourceApi();
    view = await renderInApp(<SourceReader id={SOURCE_ID} />, fake.api);
    await select('worshippers.\nAt least');
    await type(byLabel(view.container, 'Locator'), 'p. 4');
    await click(button(view.container, 'Quote in note'));
    expect(fake.callsOf('notes.create')).toEqual([{ title: 'Untitled', body: `[@${SOURCE_ID}, p. 4, "worshippers. At least"]\n` }]);
  });

  it('refuses a locator that would break the citation, in place', async () => {
    const fake = sourceApi();
    view = await renderInApp(<SourceReader id={SOURCE_ID} />, fake.api);
    await select('At least 46 people');
    await type(byLabel(view.container, 'Locator'), 'p. 4; 5');
    await click(button(view.container, 'Quote in note'));
    expect(view.container.querySelector('[role="alert"]')?.textContent).toMatch(/may not contain/);
    expect(fake.callsOf('notes.create')).toEqual([]);
  });

  it('keeps the excerpt while the user moves to the toolbar, drops it on a click in the text', async () => {
    const fake = sourceApi();
    view = await renderInApp(<SourceReader id={SOURCE_ID} />, fake.api);
    await select('At least 46 people');
    const locator = byLabel(view.container, 'Locator');
    await act(async () => {
      const r = document.createRange();
      r.selectNodeContents(locator.parentElement!);
      r.collapse(true);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(r);
      document.dispatchEvent(new Event('selectionchange'));
    });
    expect(button(view.container, 'Quote in note').disabled).toBe(false);
    await act(async () => {
      const r = document.createRange();
      r.setStart(region().querySelector('p')!.firstChild!, 2);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(r);
      document.dispatchEvent(new Event('selectionchange'));
    });
    expect(button(view.container, 'Quote in note').disabled).toBe(true);
  });

  it('edits details: an emptied field is sent as null, and main’s refusal is shown next to the form', async () => {
    let refuse = true;
    let current = source({ outlet: 'Pajhwok' });
    const fake = sourceApi(
      {
        'sources.get': () => current,
        'sources.update': (input: { patch: Record<string, unknown> }) => {
          if (refuse) throw new FakeFailure('INVALID_INPUT', 'sources.update: patch.url: a URL must start with http:, https:, ftp: or mailto:');
          if (input.patch['outlet'] === null) current = source();
          return current;
        },
      },
      current,
    );
    view = await renderInApp(<SourceReader id={SOURCE_ID} />, fake.api);
    await click(button(view.container, 'Edit details'));
    const form = view.container.querySelector('form')!;
    await type(byLabel(form, 'URL'), 'javascript:alert(1)');
    await click(button(form, 'Save'));
    expect(form.querySelector('[role="alert"]')?.textContent).toContain('a URL must start with http');

    refuse = false;
    await type(byLabel(form, 'URL'), '');
    await type(byLabel(form, 'Outlet'), '');
    await click(button(form, 'Save'));
    expect(fake.callsOf('sources.update').at(-1)).toEqual({ id: SOURCE_ID, patch: { outlet: null } });
    expect(view.container.querySelector('form')).toBeNull();
    expect([...view.container.querySelectorAll('dt')].map((d) => d.textContent)).not.toContain('Outlet');
  });

  it('deletes after a confirmation; a cited source needs "Delete anyway"', async () => {
    const fake = sourceApi({
      'sources.delete': (input: { force: boolean }) => {
        if (!input.force) throw new FakeFailure('CONFLICT', '"Kunduz" is cited by 1 note(s): "Mosque attack". Remove the citations first, or delete with force.');
        return source();
      },
    });
    view = await renderInApp(<SourceReader id={SOURCE_ID} />, fake.api);
    await click(button(view.container, 'Delete source'));
    expect(fake.callsOf('sources.delete')).toEqual([]);
    await click(button(view.container, 'Delete'));
    expect(view.container.querySelector('[role="alert"]')?.textContent).toContain('is cited by 1 note(s): "Mosque attack"');
    await click(button(view.container, 'Delete anyway'));
    expect(fake.callsOf('sources.delete')).toEqual([
      { id: SOURCE_ID, force: false },
      { id: SOURCE_ID, force: true },
    ]);
    expect(view.probe().status).toBe('Deleted “Suicide bombing at a Shia mosque in Kunduz”');
  });

  it('renders a huge text in part, the rest on request, and can keep the line breaks', async () => {
    const huge = Array.from({ length: FIRST_PARAGRAPHS + 5 }, (_, i) => `Paragraph ${i + 1}\nsecond line`).join('\n\n');
    const fake = sourceApi({ 'sources.text': () => ({ text: huge }) });
    view = await renderInApp(<SourceReader id={SOURCE_ID} />, fake.api);
    expect(region().querySelectorAll('p')).toHaveLength(FIRST_PARAGRAPHS);
    await click(button(view.container, 'Show the remaining 5 paragraphs'));
    expect(region().querySelectorAll('p')).toHaveLength(FIRST_PARAGRAPHS + 5);
    expect(region().classList.contains('source-keep-breaks')).toBe(false);
    await click(byLabel(view.container, 'Keep line breaks'));
    expect(region().classList.contains('source-keep-breaks')).toBe(true);
  });

  it('says so when the source cannot be loaded', async () => {
    const fake = sourceApi({
      'sources.get': () => {
        throw new FakeFailure('NOT_FOUND', `No source with id ${SOURCE_ID}.`);
      },
    });
    view = await renderInApp(<SourceReader id={SOURCE_ID} />, fake.api);
    await settle();
    expect(view.container.querySelector('[role="alert"]')?.textContent).toBe(`No source with id ${SOURCE_ID}.`);
  });
});

describe('selectedTextWithin', () => {
  it('clips a selection that runs past the text to the text', () => {
    document.body.innerHTML = '<div id="before">Toolbar</div><section id="root"><p>one two</p><p>three</p></section><div id="after">after</div>';
    const root = document.getElementById('root')!;
    const r = document.createRange();
    r.setStart(document.getElementById('before')!.firstChild!, 3);
    r.setEnd(root.querySelector('p')!.firstChild!, 3);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(r);
    expect(selectedTextWithin(root, window.getSelection())).toBe('one');
    r.setEnd(document.getElementById('after')!.firstChild!, 2);
    // Paragraphs are joined by a space, not run together.
    expect(selectedTextWithin(root, window.getSelection())).toBe('one two three');
    r.setStart(document.getElementById('after')!.firstChild!, 0);
    expect(selectedTextWithin(root, window.getSelection())).toBe('');
    document.body.innerHTML = '';
  });

  it('keeps words whole across the marks inside one paragraph', () => {
    document.body.innerHTML = '<section id="root"><p>near Ku<mark>nduz</mark> city</p></section>';
    const p = document.querySelector('p')!;
    const r = document.createRange();
    r.setStart(p.firstChild!, 5);
    r.setEnd(p.lastChild!, 3);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(r);
    expect(selectedTextWithin(document.getElementById('root')!, window.getSelection())).toBe('Kunduz ci');
    document.body.innerHTML = '';
  });
});

describe('picking an excerpt from the keyboard', () => {
  const press = async (key: string, init: KeyboardEventInit = {}) =>
    act(async () => {
      region().dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
    });
  const picked = () => view!.container.querySelector('q')?.textContent ?? '';

  it('picks sentences with ← →, paragraphs with ↑ ↓, extends with Shift, and quotes with Enter', async () => {
    const fake = sourceApi();
    view = await renderInApp(<SourceReader id={SOURCE_ID} />, fake.api);
    expect(region().getAttribute('tabindex')).toBe('0');
    expect(document.getElementById(region().getAttribute('aria-describedby')!)?.textContent).toMatch(/pick a sentence/);

    await press('ArrowDown');
    expect(picked()).toBe('Kunduz, 8 October 2021');
    await press('ArrowDown');
    expect(picked()).toBe('A suicide bomber attacked worshippers. At least 46 people were killed.');
    await press('ArrowRight');
    expect(picked()).toBe('At least 46 people were killed.');
    await press('ArrowLeft');
    expect(picked()).toBe('A suicide bomber attacked worshippers.');
    await press('ArrowRight', { shiftKey: true });
    expect(picked()).toBe('A suicide bomber attacked worshippers. At least 46 people were killed.');
    await press('ArrowDown', { shiftKey: true });
    expect(picked()).toBe('A suicide bomber attacked worshippers. At least 46 people were killed. در انفجار روز جمعه دست‌کم ۴۶ تن کشته شدند.');
    // The pick is the document's selection, as a mouse selection would be.
    expect(window.getSelection()?.toString()).toContain('worshippers.');

    await press('Escape');
    expect(picked()).toBe('');
    expect(button(view.container, 'Quote in note').disabled).toBe(true);

    await press('ArrowRight');
    expect(picked()).toBe('Kunduz, 8 October 2021');
    await press('ArrowRight');
    await press('Enter');
    expect(fake.callsOf('notes.create')).toEqual([{ title: 'Untitled', body: `[@${SOURCE_ID}, "A suicide bomber attacked worshippers."]\n` }]);
  });
});
