// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Source } from '../../../../shared/model';
import type { NoteSummary } from '../../../../renderer/state/app-state';
import { Sidebar } from '../../../../renderer/features/sidebar/Sidebar';
import { useApp } from '../../../../renderer/state/app-context';
import { event } from '../events/event-fixtures';
import { fakeApi, renderInApp, settle, type, type Rendered } from '../sources/render-kit';
import { source } from '../sources/source-fixtures';

const note = (id: string, title: string, tags: string[], created: string, updated = created): NoteSummary => ({ id, title, tags, created, updated });

const NOTES: NoteSummary[] = [
  note('n_kunduz', 'Kunduz mosque attack', ['ISIS-K', 'kunduz'], '2021-10-08T10:00:00.000Z', '2021-10-20T10:00:00.000Z'),
  note('n_border', 'Panj crossing', ['border'], '2021-10-09T10:00:00.000Z'),
  note('n_kabul', 'Кабул: аэропорт', ['Kabul', 'isis-k'], '2021-10-10T10:00:00.000Z'),
  note('n_none', 'Untagged', [], '2021-10-11T10:00:00.000Z'),
];
const SOURCES: Source[] = [
  source({ id: 's_000000000001', title: 'Kunduz report', tags: ['isis-k'], publishedAt: '2021-10-08', created: '2021-10-09T08:00:00.000Z', updated: '2021-10-09T08:00:00.000Z' }),
  source({ id: 's_000000000002', title: 'گزارش مرز', tags: ['border', 'panj'], publishedAt: '2021-09-01', created: '2021-10-12T08:00:00.000Z', updated: '2021-10-12T08:00:00.000Z' }),
];
const EVENTS = [
  event({ id: 'e_000000000001', title: 'Mosque bombing', date: '2021-10-08', tags: ['IsIs-K'], created: '2021-10-09T00:00:00.000Z', updated: '2021-10-09T00:00:00.000Z' }),
  event({ id: 'e_000000000002', title: 'Border clash', date: '2021-09-20', tags: ['border'], created: '2021-10-10T00:00:00.000Z', updated: '2021-10-10T00:00:00.000Z' }),
  event({ id: 'e_000000000003', title: 'Airport blast', date: '2021-08-26', eventType: 'Explosions/Remote violence', tags: ['kabul'], created: '2021-10-11T00:00:00.000Z', updated: '2021-10-11T00:00:00.000Z' }),
];

let view: Rendered | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
});

/** Lets a test reload the lists, as the app does after a change. */
let refreshLists: (() => Promise<void>) | undefined;
function Refresher() {
  refreshLists = useApp().refresh;
  return null;
}

async function render(data = { notes: NOTES, sources: SOURCES, events: EVENTS }) {
  const fake = fakeApi({
    'notes.list': () => data.notes,
    'sources.list': () => data.sources,
    'events.list': () => data.events,
    'search.status': () => ({ state: 'ready', done: 0, total: 0 }),
  });
  view = await renderInApp(
    <>
      <Sidebar />
      <Refresher />
    </>,
    fake.api,
  );
  return data;
}

const section = (name: string) => {
  const heading = [...view!.container.querySelectorAll('.item-list h2')].find((h) => h.textContent?.startsWith(name));
  if (!heading) throw new Error(`no list ${name}`);
  return heading.closest('section')!;
};
const list = (name: string) => [...section(name).querySelectorAll('.item .title')].map((t) => t.textContent);
const count = (name: string) => section(name).querySelector('.count')?.textContent;
/** The select a label wraps, by the label's own words (not its options'). */
const select = (name: string) => {
  const label = [...view!.container.querySelectorAll('label')].find((l) => l.firstChild?.textContent?.trim() === name);
  const control = label?.querySelector('select');
  if (!control) throw new Error(`no select labelled ${name}`);
  return control;
};
const tagSelect = () => select('Tag');
const sortSelect = () => select('Sort');
const shown = () => ({ notes: list('Notes'), sources: list('Sources'), events: list('Events') });
const counts = () => ({ notes: count('Notes'), sources: count('Sources'), events: count('Events') });

describe('the sidebar’s tag filter', () => {
  it('offers each tag once, whatever its case, A to Z, after “All tags”', async () => {
    await render();
    const options = [...tagSelect().options].map((o) => [o.value, o.textContent]);
    expect(options.map(([v]) => v)).toEqual(['', 'border', 'isis-k', 'kabul', 'kunduz', 'panj']);
    expect(options[0]![1]).toBe('All tags');
    expect(options.slice(1).every(([, text]) => text!.startsWith('#'))).toBe(true);
  });

  it('shows everything until a tag is picked', async () => {
    await render();
    expect(tagSelect().value).toBe('');
    expect(counts()).toEqual({ notes: '4', sources: '2', events: '3' });
  });

  it('narrows notes, sources and events, and their counts, to the tag, ignoring its case', async () => {
    await render();
    await type(tagSelect(), 'isis-k');
    expect(shown()).toEqual({
      notes: ['Kunduz mosque attack', 'Кабул: аэропорт'],
      sources: ['Kunduz report'],
      events: ['Mosque bombing'],
    });
    expect(counts()).toEqual({ notes: '2', sources: '1', events: '1' });

    await type(tagSelect(), 'border');
    expect(shown()).toEqual({ notes: ['Panj crossing'], sources: ['گزارش مرز'], events: ['Border clash'] });
    expect(counts()).toEqual({ notes: '1', sources: '1', events: '1' });
  });

  it('says a list is empty when nothing in it has the tag', async () => {
    await render();
    await type(tagSelect(), 'panj');
    expect(counts()).toEqual({ notes: '0', sources: '1', events: '0' });
    expect(section('Notes').textContent).toContain('No notes yet.');
    expect(section('Events').textContent).toContain('No events yet.');
  });

  it('“All tags” brings everything back', async () => {
    await render();
    await type(tagSelect(), 'kabul');
    expect(counts()).toEqual({ notes: '1', sources: '0', events: '1' });
    await type(tagSelect(), '');
    expect(counts()).toEqual({ notes: '4', sources: '2', events: '3' });
  });

  it('keeps the filter, and the sort, when the lists reload', async () => {
    const data = await render();
    await type(tagSelect(), 'border');
    await type(sortSelect(), 'title');
    data.notes = [...NOTES, note('n_new', 'Amu Darya', ['Border'], '2021-10-30T10:00:00.000Z')];
    await act(async () => refreshLists!());
    await settle();
    expect(list('Notes')).toEqual(['Amu Darya', 'Panj crossing']);
  });

  it('lets go of a tag nothing has any more, instead of showing empty lists under a blank filter', async () => {
    const data = await render();
    await type(tagSelect(), 'panj');
    expect(counts()).toEqual({ notes: '0', sources: '1', events: '0' });
    // The only item with the tag loses it (edited elsewhere, or deleted).
    data.sources = [SOURCES[0]!, { ...SOURCES[1]!, tags: ['border'] }];
    await act(async () => refreshLists!());
    await settle();
    expect([...tagSelect().options].map((o) => o.value)).not.toContain('panj');
    expect(tagSelect().value).toBe('');
    expect(counts()).toEqual({ notes: '4', sources: '2', events: '3' });
  });
});

describe('the sidebar’s sort', () => {
  it('offers the four orders, Recently changed first', async () => {
    await render();
    expect([...sortSelect().options].map((o) => [o.value, o.textContent])).toEqual([
      ['updated', 'Recently changed'],
      ['created', 'Recently added'],
      ['title', 'Title'],
      ['date', 'Date'],
    ]);
    expect(sortSelect().value).toBe('updated');
  });

  it('orders all three lists by the option picked', async () => {
    await render();
    expect(shown()).toEqual({
      notes: ['Kunduz mosque attack', 'Untagged', 'Кабул: аэропорт', 'Panj crossing'],
      sources: ['گزارش مرز', 'Kunduz report'],
      events: ['Airport blast', 'Border clash', 'Mosque bombing'],
    });
    await type(sortSelect(), 'created');
    expect(shown()).toEqual({
      notes: ['Untagged', 'Кабул: аэропорт', 'Panj crossing', 'Kunduz mosque attack'],
      sources: ['گزارش مرز', 'Kunduz report'],
      events: ['Airport blast', 'Border clash', 'Mosque bombing'],
    });
    await type(sortSelect(), 'title');
    expect(shown()).toEqual({
      notes: ['Kunduz mosque attack', 'Panj crossing', 'Untagged', 'Кабул: аэропорт'],
      sources: ['Kunduz report', 'گزارش مرز'],
      events: ['Airport blast', 'Border clash', 'Mosque bombing'],
    });
    await type(sortSelect(), 'date');
    expect(shown()).toEqual({
      // Notes have no date of their own: as Recently changed.
      notes: ['Kunduz mosque attack', 'Untagged', 'Кабул: аэропорт', 'Panj crossing'],
      sources: ['Kunduz report', 'گزارش مرز'],
      events: ['Mosque bombing', 'Border clash', 'Airport blast'],
    });
  });

  it('sorts within the tag filter', async () => {
    await render();
    await type(tagSelect(), 'isis-k');
    await type(sortSelect(), 'created');
    expect(list('Notes')).toEqual(['Кабул: аэропорт', 'Kunduz mosque attack']);
    await type(sortSelect(), 'title');
    expect(list('Notes')).toEqual(['Kunduz mosque attack', 'Кабул: аэропорт']);
  });
});
