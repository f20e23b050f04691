import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { METHODS } from '../../../../shared/ipc/contract';
import type { Handlers } from '../../../../main/core/handlers';
import { dispatch, MAX_INPUT_BYTES } from '../../../../main/core/rpc/dispatch';
import { FrontierError } from '../../../../shared/ipc/errors';
import { openTempNotebook } from '../../../helpers/temp-notebook';

/** Handlers that record every call, so a test can prove a refused request reached no service. */
function spyHandlers(): { handlers: Handlers; calls: string[] } {
  const calls: string[] = [];
  const handlers = Object.fromEntries(
    METHODS.map((m) => [
      m,
      (input: unknown) => {
        calls.push(m);
        return input;
      },
    ]),
  ) as unknown as Handlers;
  return { handlers, calls };
}

describe('dispatch gate', () => {
  it('refuses an unknown method without calling anything', async () => {
    const { handlers, calls } = spyHandlers();
    for (const name of ['notes.drop', 'constructor', '__proto__', 'toString', 'hasOwnProperty', '']) {
      const r = await dispatch(handlers, name, {});
      expect(r).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
    expect(calls).toEqual([]);
  });

  it('refuses malformed input with the field that is wrong', async () => {
    const { handlers, calls } = spyHandlers();
    const cases: unknown[] = [{ id: 'not-an-id' }, { id: 42 }, null, 'n_0000000000aa', [], { id: 'n_0000000000aa', extra: 1 }];
    for (const input of cases) {
      const r = await dispatch(handlers, 'notes.get', input);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('INVALID_INPUT');
    }
    const r = await dispatch(handlers, 'notes.get', { id: 'nope' });
    expect(!r.ok && r.error.message).toContain('id');
    expect(calls).toEqual([]);
  });

  it('refuses oversized input before parsing it', async () => {
    const { handlers, calls } = spyHandlers();
    const big = { fileName: 'a.txt', dataBase64: 'A'.repeat(MAX_INPUT_BYTES + 10) };
    const r = await dispatch(handlers, 'sources.import', big);
    expect(r).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } });
    expect(calls).toEqual([]);
  });

  it('refuses __proto__, constructor and prototype keys at any depth', async () => {
    const { handlers, calls } = spyHandlers();
    const inputs = [
      JSON.parse('{"title":"x","__proto__":{"polluted":true}}'),
      JSON.parse('{"title":"x","place":{"name":"a","lat":1,"lng":1,"__proto__":{"x":1}}}'),
      { title: 'x', tags: [{ constructor: { prototype: {} } }] },
    ];
    for (const input of inputs) {
      const r = await dispatch(handlers, 'notes.create', input);
      expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(calls).toEqual([]);
  });

  it('passes valid input, parsed with defaults, to the handler', async () => {
    const { handlers, calls } = spyHandlers();
    const r = await dispatch(handlers, 'notes.create', { title: 'Kunduz' });
    expect(calls).toEqual(['notes.create']);
    expect(r).toEqual({ ok: true, value: { title: 'Kunduz', body: '', tags: [] } });
  });

  it('turns exceptions into error values: FrontierError keeps its code, others become INTERNAL', async () => {
    const { handlers } = spyHandlers();
    handlers['notes.get'] = () => {
      throw new FrontierError('NOT_FOUND', 'No note with id n_0000000000aa.');
    };
    handlers['notes.list'] = () => {
      throw new TypeError('boom');
    };
    const onInternalError = vi.fn();
    expect(await dispatch(handlers, 'notes.get', { id: 'n_0000000000aa' })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No note with id n_0000000000aa.' },
    });
    const r = await dispatch(handlers, 'notes.list', {}, { onInternalError });
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(onInternalError).toHaveBeenCalledOnce();
  });
});

describe('dispatch over the real handlers', () => {
  let nb: Awaited<ReturnType<typeof openTempNotebook>>;
  beforeEach(async () => {
    nb = await openTempNotebook();
  });
  afterEach(async () => nb.dispose());

  it('every output matches the contract (checkOutput)', async () => {
    const opts = { checkOutput: true };
    const note = await dispatch(nb.handlers, 'notes.create', { title: 'Dushanbe', body: 'Near [[Kabul]]' }, opts);
    expect(note.ok).toBe(true);
    const id = (note as { value: { id: string } }).value.id;
    const text = Buffer.from('Kabul, 9 October 2021\n\nText.').toString('base64');
    const imported = await dispatch(nb.handlers, 'sources.import', { fileName: 'r.txt', dataBase64: text }, opts);
    expect(imported).toMatchObject({ ok: true, value: { duplicate: false } });
    for (const [m, input] of [
      ['notebook.info', {}],
      ['notes.list', {}],
      ['notes.get', { id }],
      ['links.get', { id }],
      ['sources.list', {}],
      ['events.list', {}],
      ['search.query', { query: 'kabul' }],
    ] as const) {
      const r = await dispatch(nb.handlers, m, input, opts);
      expect(r.ok, `${m}: ${JSON.stringify(r)}`).toBe(true);
    }
  });
});
