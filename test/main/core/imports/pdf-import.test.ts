import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parsePdfDate } from '../../../../main/core/imports/pdf/pdf-date';
import { openTempNotebook } from '../../../helpers/temp-notebook';

/** A two-page report made here (pdf-lib's standard fonts are Latin-only, so it is in English). */
async function makePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle('Weekly border report: Panj sector');
  doc.setAuthor('Northern Desk');
  doc.setCreationDate(new Date('2021-10-11T06:00:00Z'));
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const lines = [
    ['Kunduz, 11 October 2021', 760],
    ['Border guards reported an exchange of fire near Panj on 9 October.', 730],
    ['No casualties were reported on the Tajik side.', 715],
    ['Traffic at the Sher Khan Bandar crossing resumed the next day.', 685],
  ] as const;
  const first = doc.addPage([595, 842]);
  for (const [text, y] of lines) first.drawText(text, { x: 50, y, size: 11, font });
  doc.addPage([595, 842]).drawText('Annex: list of crossings.', { x: 50, y: 760, size: 11, font });
  return doc.save();
}

describe('PDF import', () => {
  let nb: Awaited<ReturnType<typeof openTempNotebook>>;
  beforeEach(async () => {
    nb = await openTempNotebook();
  });
  afterEach(async () => nb.dispose());

  it('imports the text of every page and the document information', async () => {
    const data = await makePdf();
    const copy = new Uint8Array(data);
    const { source } = await nb.services.sources.importFile({ fileName: 'panj.pdf', data });
    expect(source).toMatchObject({
      title: 'Weekly border report: Panj sector',
      author: 'Northern Desk',
      publishedAt: '2021-10-11T06:00:00Z',
      language: 'en',
      original: { mediaType: 'application/pdf', size: copy.length },
    });
    expect(data).toEqual(copy); // pdf.js worked on its own copy
    const text = await nb.services.sources.text(source.id);
    expect(text).toBe(
      'Kunduz, 11 October 2021\n\nBorder guards reported an exchange of fire near Panj on 9 October.\nNo casualties were reported on the Tajik side.\n\n' +
        'Traffic at the Sher Khan Bandar crossing resumed the next day.\n\nAnnex: list of crossings.',
    );
    expect((await nb.store.blobs.get(source.original!.sha256)).equals(Buffer.from(copy))).toBe(true);
    const again = await nb.services.sources.importFile({ fileName: 'copy.pdf', data: copy });
    expect(again).toMatchObject({ duplicate: true, source: { id: source.id } });
  });

  it('refuses a damaged PDF with a clear error and stores nothing', async () => {
    const good = await makePdf();
    const damaged = new Uint8Array(Buffer.concat([Buffer.from(good.subarray(0, 400)), Buffer.from('garbage'.repeat(50))]));
    await expect(nb.services.sources.importFile({ fileName: 'broken.pdf', data: new TextEncoder().encode('%PDF-1.7\nnot really') })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('broken.pdf is not a readable PDF'),
    });
    await expect(nb.services.sources.importFile({ fileName: 'cut.pdf', data: damaged })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(nb.services.sources.importFile({ fileName: 'fake.pdf', data: new TextEncoder().encode('hello') })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('not a PDF'),
    });
    expect(nb.store.count('sources')).toBe(0);
    expect(await nb.store.blobs.list()).toEqual([]);
  });

  it('reads PDF dates with and without time and offset', () => {
    expect(parsePdfDate("D:20211008093000+04'30'")).toBe('2021-10-08T09:30:00+04:30');
    expect(parsePdfDate('D:20211008093000Z')).toBe('2021-10-08T09:30:00Z');
    expect(parsePdfDate('D:20211008')).toBe('2021-10-08');
    expect(parsePdfDate('D:20210230')).toBeUndefined();
    expect(parsePdfDate('yesterday')).toBeUndefined();
  });
});
