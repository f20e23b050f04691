import { check } from '@placemarkio/check-geojson';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cancelled } from '../../../../main/core/dossier/cancel';
import type { PdfPrinter } from '../../../../main/core/dossier/printer';
import { createHandlers } from '../../../../main/core/handlers';
import { dispatch } from '../../../../main/core/rpc/dispatch';
import { createServices } from '../../../../main/core/services';
import { ACLED_COLUMNS } from '../../../../shared/export';
import { openTempNotebook } from '../../../helpers/temp-notebook';

/** A print engine that never finishes on its own: it waits to be cancelled, as a long print would. */
const stuckPrinter = (): PdfPrinter & { opened: number; closed: number } => {
  const p = {
    opened: 0,
    closed: 0,
    async open() {
      p.opened++;
      return {
        print: (_html: string, o: { signal?: AbortSignal } = {}) =>
          new Promise<Uint8Array>((_resolve, reject) => o.signal?.addEventListener('abort', () => reject(cancelled()), { once: true })),
        close: async () => void p.closed++,
      };
    },
  };
  return p;
};

describe('exports through the contract', () => {
  let nb: Awaited<ReturnType<typeof openTempNotebook>>;
  beforeEach(async () => {
    nb = await openTempNotebook();
    await nb.services.sample.load();
  });
  afterEach(() => nb.dispose());

  it('answers files in base64 that match the contract: GeoJSON, ACLED CSV, a Markdown folder', async () => {
    const run = async (format: string, target: unknown) => {
      const r = await dispatch(nb.handlers, 'dossier.export', { format, target }, { checkOutput: true });
      if (!r.ok) throw new Error(r.error.message);
      return r.value as { name: string; folder: boolean; files: Array<{ path: string; mediaType: string; dataBase64: string }> };
    };
    const text = (b64: string) => Buffer.from(b64, 'base64').toString('utf8');
    const geo = await run('geojson', { kind: 'notebook' });
    expect(geo.name).toBe('Test-notebook.geojson');
    expect((check(text(geo.files[0]!.dataBase64)) as unknown as { features: unknown[] }).features).toHaveLength(12);
    const csv = await run('csv', { kind: 'selection', selection: { kind: 'tag', tag: 'kabul' } });
    expect(text(csv.files[0]!.dataBase64).split('\r\n')[0]).toBe(ACLED_COLUMNS.join(','));
    const md = await run('markdown', { kind: 'notebook' });
    expect(md.folder).toBe(true);
    expect(md.files.map((f) => f.path)).toEqual(expect.arrayContaining(['README.md', 'events.csv', 'events.geojson']));
    const bad = await dispatch(nb.handlers, 'dossier.export', { format: 'json', target: { kind: 'selection', selection: { kind: 'tag', tag: 'x' } } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('reports a running PDF export’s progress, and cancels it from a second request', async () => {
    const printer = stuckPrinter();
    const handlers = createHandlers(createServices({ store: nb.store, now: nb.now, printer }));
    const jobId = 'job-cancel-0001';
    const running = dispatch(handlers, 'dossier.export', { format: 'pdf', target: { kind: 'notebook' }, jobId });
    await expect
      .poll(async () => {
        const p = await dispatch(handlers, 'dossier.exportProgress', { jobId });
        return p.ok ? (p.value as { stage: string } | null)?.stage : undefined;
      })
      .toBe('Printing (first pass)');
    expect(await dispatch(handlers, 'dossier.exportCancel', { jobId })).toEqual({ ok: true, value: { cancelled: true } });
    expect(await running).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    expect(printer).toMatchObject({ opened: 1, closed: 1 });
    expect(await dispatch(handlers, 'dossier.exportProgress', { jobId })).toMatchObject({ ok: true, value: { finished: true } });
    expect(await dispatch(handlers, 'dossier.exportCancel', { jobId })).toEqual({ ok: true, value: { cancelled: false } });
  });
});
