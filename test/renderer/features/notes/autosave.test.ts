import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AutoSaver, keepDraft, saveStateText, settled, takeDraft, type SaveRequest, type SaveState, type SavedNote } from '../../../../renderer/features/notes/autosave';

class Conflict extends Error {
  code = 'CONFLICT';
}

/** A fake notes.update with the service's ifUpdated rule. */
function fakeStore(initial: SavedNote) {
  let note = { ...initial };
  let clock = 0;
  const calls: SaveRequest[] = [];
  let failNext: Error | undefined;
  let gate: Promise<void> | undefined;
  return {
    calls,
    get note() {
      return note;
    },
    failNext(err: Error) {
      failNext = err;
    },
    hold() {
      let release!: () => void;
      gate = new Promise((r) => (release = r));
      return () => {
        gate = undefined;
        release();
      };
    },
    changeElsewhere() {
      note = { ...note, body: 'changed elsewhere', updated: `t${++clock}x` };
    },
    async save(req: SaveRequest): Promise<SavedNote> {
      calls.push(req);
      if (gate) await gate;
      if (failNext) {
        const err = failNext;
        failNext = undefined;
        throw err;
      }
      if (req.ifUpdated !== note.updated) throw new Conflict('changed elsewhere since it was opened');
      const { ifUpdated: _ifUpdated, ...fields } = req;
      note = { ...note, ...fields, updated: `t${++clock}` };
      return note;
    },
  };
}

function setup(id = 'n_1') {
  const store = fakeStore({ title: 'Kabul', body: 'old', tags: [], updated: 't0' });
  const states: SaveState[] = [];
  const saved: string[] = [];
  const saver = new AutoSaver({
    id,
    updated: 't0',
    save: (r) => store.save(r),
    onSaved: (n) => saved.push(n.updated),
    onState: (s) => states.push(s),
    describe: (err, part) => ({ reason: (err as Error).message, conflict: part === 'content' && (err as Conflict).code === 'CONFLICT' }),
    delayMs: 500,
  });
  return { store, states, saved, saver, text: () => saveStateText(saver.state) };
}

describe('AutoSaver', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('debounces typing into one save, with ifUpdated, and keeps the latest updated', async () => {
    const { store, saver, text } = setup();
    expect(text()).toBe('Saved');
    saver.edit({ body: 'a' });
    await vi.advanceTimersByTimeAsync(300);
    saver.edit({ body: 'ab' });
    expect(text()).toBe('Saving…');
    await vi.advanceTimersByTimeAsync(499);
    expect(store.calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    await saver.flush();
    expect(store.calls).toEqual([{ body: 'ab', ifUpdated: 't0' }]);
    expect(text()).toBe('Saved');
    saver.edit({ body: 'abc' }, true);
    await saver.flush();
    expect(store.calls[1]).toEqual({ body: 'abc', ifUpdated: 't1' });
    expect(store.note.body).toBe('abc');
  });

  it('keeps edits typed while a save is in flight, and saves them next', async () => {
    const { store, saver, text } = setup();
    const release = store.hold();
    saver.edit({ body: 'one' }, true);
    await vi.advanceTimersByTimeAsync(0);
    saver.edit({ body: 'one two' });
    release();
    await saver.flush();
    expect(store.calls.map((c) => c.body)).toEqual(['one', 'one two']);
    expect(store.note.body).toBe('one two');
    expect(text()).toBe('Saved');
  });

  it('on a conflict says "Not saved: …", keeps the edit, and can overwrite', async () => {
    const { store, saver, text } = setup();
    store.changeElsewhere();
    saver.edit({ body: 'mine' }, true);
    await saver.flush();
    expect(text()).toBe('Not saved: changed elsewhere since it was opened');
    expect(saver.state).toMatchObject({ kind: 'failed', conflict: true });
    expect(saver.unsaved).toEqual({ body: 'mine' });
    await saver.overwrite(store.note.updated);
    expect(store.note.body).toBe('mine');
    expect(text()).toBe('Saved');
  });

  it('a failed save is retried by the next edit, and nothing typed is dropped', async () => {
    const { store, saver, text } = setup();
    store.failNext(new Error('disk full'));
    saver.edit({ body: 'x' });
    await saver.flush();
    expect(text()).toBe('Not saved: disk full');
    saver.edit({ tags: ['kabul'] });
    await saver.flush();
    expect(store.calls).toHaveLength(2);
    expect(store.calls.at(-1)).toEqual({ body: 'x', tags: ['kabul'], ifUpdated: 't0' });
    expect(text()).toBe('Saved');
  });

  it('saves the title on its own, so a bad title does not block the text', async () => {
    const store = fakeStore({ title: 'Kabul', body: 'old', tags: [], updated: 't0' });
    const saver = new AutoSaver({
      id: 'n_2',
      updated: 't0',
      save: async (r) => {
        if (r.title === 'Other') throw new Conflict('A note titled "Other" already exists');
        return store.save(r);
      },
      describe: (err, part) => ({ reason: (err as Error).message, conflict: part === 'content' && (err as Conflict).code === 'CONFLICT' }),
    });
    saver.edit({ body: 'text', title: 'Other' }, true);
    await saver.flush();
    expect(store.note.body).toBe('text');
    expect(saver.unsaved).toEqual({ title: 'Other' });
    expect(saveStateText(saver.state)).toBe('Not saved: A note titled "Other" already exists');
    expect(saver.state).toMatchObject({ conflict: false });
    saver.edit({ title: 'Kabul airport' }, true);
    await saver.flush();
    expect(store.note.title).toBe('Kabul airport');
    expect(saveStateText(saver.state)).toBe('Saved');
  });

  it('shows input errors until cleared', () => {
    const { saver, text } = setup();
    saver.setInputError('not a tag: a]b');
    expect(text()).toBe('Not saved: not a tag: a]b');
    saver.setInputError(undefined);
    expect(text()).toBe('Saved');
  });

  it('settled() waits for saves of that note still in flight', async () => {
    const { store, saver } = setup('n_wait');
    const release = store.hold();
    saver.edit({ body: 'late' }, true);
    let done = false;
    const waiting = settled('n_wait').then(() => (done = true));
    await vi.advanceTimersByTimeAsync(10);
    expect(done).toBe(false);
    release();
    await waiting;
    expect(store.note.body).toBe('late');
    await expect(settled('n_other')).resolves.toBeUndefined();
  });

  it('discard drops unsent edits', async () => {
    const { store, saver, text } = setup();
    saver.edit({ body: 'never' });
    saver.discard('t0');
    await vi.advanceTimersByTimeAsync(1000);
    expect(store.calls).toHaveLength(0);
    expect(text()).toBe('Saved');
  });
});

describe('drafts', () => {
  it('keeps unsaved edits for the next editor of the note, once', () => {
    keepDraft('n_d', { body: 'typed' });
    expect(takeDraft('n_d')).toEqual({ body: 'typed' });
    expect(takeDraft('n_d')).toBeUndefined();
  });
});
