import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../main/core/rpc/dispatch';
import { openTempNotebook } from '../../../helpers/temp-notebook';

describe('geo.findPlace and geo.nearestPlace through the contract', () => {
  let nb: Awaited<ReturnType<typeof openTempNotebook>>;
  beforeAll(async () => {
    nb = await openTempNotebook();
  });
  afterAll(() => nb?.dispose());

  it('answers places that satisfy the contract', async () => {
    const found = await dispatch(nb.handlers, 'geo.findPlace', { query: 'Khorog', limit: 3 }, { checkOutput: true });
    expect(found).toMatchObject({ ok: true, value: [{ name: 'Khorugh', country: 'TJ' }] });
    const near = await dispatch(nb.handlers, 'geo.nearestPlace', { lat: 36.73, lng: 68.86 }, { checkOutput: true });
    expect(near).toMatchObject({ ok: true, value: { place: { name: 'Kunduz' } } });
  });

  it('refuses input out of range', async () => {
    expect(await dispatch(nb.handlers, 'geo.nearestPlace', { lat: 91, lng: 0 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await dispatch(nb.handlers, 'geo.findPlace', { query: '', limit: 3 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await dispatch(nb.handlers, 'geo.findPlace', { query: 'Kabul', limit: 500 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
