import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../main/core/rpc/dispatch';
import { NotebookStore } from '../../../../main/core/store';
import type { Method } from '../../../../shared/ipc';
import { openTempNotebook } from '../../../helpers/temp-notebook';

const TEXT = 'KUNDUZ, 8 October 2021. A suicide bomber attacked a Shia mosque in Kunduz on Friday, killing 46 people and injuring 143.';

describe('reviewing event candidates', () => {
  let nb: Awaited<ReturnType<typeof openTempNotebook>> | undefined;
  afterEach(async () => nb?.dispose());

  async function setUp() {
    nb = await openTempNotebook();
    const t = nb;
    const handlers = { call: (m: Method, input: unknown) => dispatch(t.handlers, m, input, { checkOutput: true }) as Promise<any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
    const { source } = await nb.services.sources.importFile({ fileName: 'kunduz.txt', data: Buffer.from(TEXT) });
    const sourceId = source.id;
    const candidate = (await nb.services.extract.extract(sourceId)).events[0]!;
    return { handlers, sourceId, candidate, key: `${candidate.start}-${candidate.end}` };
  }

  const eventInput = (title: string) => ({
    title,
    date: '2021-10-08',
    datePrecision: 'day' as const,
    location: { name: 'Kunduz', lat: 36.72896, lng: 68.857, precision: 'near' as const },
    eventType: 'Explosions/Remote violence' as const,
    subEventType: 'Suicide bomb',
    actors: ['Islamic State Khorasan Province'],
    fatalities: 46,
    injured: 143,
  });

  it('accepts a candidate as the analyst edited it: one event linked to the source, remembered across a reopen', async () => {
    const { handlers, sourceId, key } = await setUp();
    const accepted = await handlers.call('sources.acceptCandidate', { id: sourceId, key, event: eventInput('Mosque bombing in Kunduz (edited)') });
    expect(accepted.ok, JSON.stringify(accepted)).toBe(true);
    if (!accepted.ok) return;
    expect(accepted.value.event).toMatchObject({ title: 'Mosque bombing in Kunduz (edited)', sourceIds: [sourceId], fatalities: 46 });
    expect(accepted.value.source.review).toEqual({ dismissed: [], accepted: [{ key, eventId: accepted.value.event.id }] });

    const again = await handlers.call('sources.acceptCandidate', { id: sourceId, key, event: eventInput('Twice') });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    await nb!.store.close();
    const reopened = await NotebookStore.open(nb!.dir, { readOnly: true });
    expect(reopened.get('sources', sourceId)?.review?.accepted).toEqual([{ key, eventId: accepted.value.event.id }]);
    expect([...reopened.all('events')].map((e) => e.title)).toEqual(['Mosque bombing in Kunduz (edited)']);
    await reopened.close();
  });

  it('accepts it again once its event is deleted', async () => {
    const { handlers, sourceId, key } = await setUp();
    const first = await handlers.call('sources.acceptCandidate', { id: sourceId, key, event: eventInput('First') });
    if (!first.ok) throw new Error(first.error.message);
    await handlers.call('events.delete', { id: first.value.event.id });
    const second = await handlers.call('sources.acceptCandidate', { id: sourceId, key, event: eventInput('Second') });
    expect(second.ok).toBe(true);
    if (second.ok) expect(second.value.source.review?.accepted).toEqual([{ key, eventId: second.value.event.id }]);
  });

  it('dismisses a candidate and takes the dismissal back', async () => {
    const { handlers, sourceId, key } = await setUp();
    const dismissed = await handlers.call('sources.dismissCandidate', { id: sourceId, key, dismissed: true });
    expect(dismissed).toMatchObject({ ok: true, value: { review: { dismissed: [key], accepted: [] } } });
    const restored = await handlers.call('sources.dismissCandidate', { id: sourceId, key, dismissed: false });
    expect(restored).toMatchObject({ ok: true, value: { review: { dismissed: [], accepted: [] } } });
  });

  it('refuses a key outside the text, an unknown source and an event that fails validation, writing nothing', async () => {
    const { handlers, sourceId, key } = await setUp();
    expect(await handlers.call('sources.dismissCandidate', { id: sourceId, key: '5-99999', dismissed: true })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await handlers.call('sources.dismissCandidate', { id: sourceId, key: 'x-y', dismissed: true })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await handlers.call('sources.dismissCandidate', { id: 'src_000000000000', key, dismissed: true })).toMatchObject({ ok: false });
    const bad = await handlers.call('sources.acceptCandidate', { id: sourceId, key, event: { ...eventInput('Bad'), location: { name: 'Nowhere', lat: 123, lng: 0, precision: 'near' } } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(nb!.store.count('events')).toBe(0);
    expect(nb!.store.get('sources', sourceId)?.review).toBeUndefined();
  });
});
