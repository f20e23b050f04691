import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempNotebook } from '../../../helpers/temp-notebook';

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

describe('sources service: import', () => {
  let nb: Awaited<ReturnType<typeof openTempNotebook>>;
  beforeEach(async () => {
    nb = await openTempNotebook();
  });
  afterEach(async () => nb.dispose());

  it('imports UTF-8 text in English, Russian and Dari, keeping the original and the text in blobs', async () => {
    const files = {
      'en.txt': 'Kabul, 9 October 2021\n\nBlast at Kunduz mosque\n\nA suicide bomber killed at least 46 people.\n',
      'ru.md': '# Учения ОДКБ в Таджикистане\n\nДушанбе, 18 октября 2021 г. — Начались учения.\n',
      'fa.txt': 'انفجار در مسجد کندز\n\ndate 2021-10-08\n\nدر این انفجار دست‌کم ۴۶ تن کشته شدند.\n',
    };
    const imported = [];
    for (const [name, text] of Object.entries(files)) {
      const r = await nb.services.sources.importFile({ fileName: name, data: utf8(text) });
      expect(r.duplicate).toBe(false);
      imported.push(r.source);
    }
    const [en, ru, fa] = imported;
    expect(en).toMatchObject({ title: 'Blast at Kunduz mosque', publishedAt: '2021-10-09', language: 'en', reliability: 'F', credibility: 6 });
    expect(ru).toMatchObject({ title: 'Учения ОДКБ в Таджикистане', publishedAt: '2021-10-18', language: 'ru' });
    expect(fa).toMatchObject({ title: 'انفجار در مسجد کندز', publishedAt: '2021-10-08', language: 'fa' });
    expect(ru!.original).toMatchObject({ fileName: 'ru.md', mediaType: 'text/markdown', size: utf8(files['ru.md']).length });
    expect(await nb.services.sources.text(fa!.id)).toBe(files['fa.txt']);
    expect(await nb.store.blobs.check(en!.original!.sha256)).toBe('ok');
    expect(await nb.store.blobs.check(en!.textHash)).toBe('ok');
  });

  it('recognises the same file imported twice by its sha256 and creates nothing', async () => {
    const data = utf8('Moscow, 20 October 2021\n\nMoscow format talks\n');
    const first = await nb.services.sources.importFile({ fileName: 'a.txt', data });
    const seq = nb.store.stats().seq;
    const again = await nb.services.sources.importFile({ fileName: 'renamed-copy.txt', data });
    expect(again).toEqual({ source: first.source, duplicate: true, created: { sources: 0, events: 0 } });
    expect(nb.store.count('sources')).toBe(1);
    expect(nb.store.stats().seq).toBe(seq);
  });

  it('uses the given title and grade, and normalises CRLF and UTF-16 with a BOM', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Title line\r\nSecond line\r\n', 'utf16le')]);
    const r = await nb.services.sources.importFile({ fileName: 'w.txt', data: utf16, title: 'Given', reliability: 'B', credibility: 2, kind: 'news-report' });
    expect(r.source).toMatchObject({ title: 'Given', reliability: 'B', credibility: 2, kind: 'news-report' });
    expect(await nb.services.sources.text(r.source.id)).toBe('Title line\nSecond line\n');
  });

  it('refuses files that are not UTF-8 text, or of a format it does not import, and stores nothing', async () => {
    await expect(nb.services.sources.importFile({ fileName: 'cp1251.txt', data: new Uint8Array([0xca, 0xe0, 0xe1, 0xf3, 0xeb]) })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('not UTF-8'),
    });
    await expect(nb.services.sources.importFile({ fileName: 'report.pdf', data: utf8('%PDF-1.7') })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(nb.services.sources.importFile({ fileName: 'report.docx', data: utf8('PK') })).rejects.toMatchObject({ code: 'UNSUPPORTED' });
    await expect(nb.services.sources.importFile({ fileName: 'bin.txt', data: new Uint8Array([0x41, 0, 0x42]) })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    for (const empty of ['', ' \n\r\n\t ', '\uFEFF'])
      await expect(nb.services.sources.importFile({ fileName: 'empty.md', data: utf8(empty) })).rejects.toMatchObject({ code: 'INVALID_INPUT', message: 'empty.md is empty: there is no text to import.' });
    expect(nb.store.count('sources')).toBe(0);
    expect(await nb.store.blobs.list()).toEqual([]);
  });

  it('grades and edits metadata; null clears an optional field', async () => {
    const { source } = await nb.services.sources.importFile({ fileName: 'x.md', data: utf8('---\ntitle: Statement\noutlet: MFA\nurl: https://mfa.example/1\n---\nText') });
    expect(source).toMatchObject({ title: 'Statement', outlet: 'MFA', url: 'https://mfa.example/1' });
    const graded = await nb.services.sources.update(source.id, { reliability: 'A', credibility: 1, outlet: null });
    expect(graded).toMatchObject({ reliability: 'A', credibility: 1 });
    expect(graded).not.toHaveProperty('outlet');
    await expect(nb.services.sources.update(source.id, { credibility: 9 as never })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('refuses to delete a cited source unless forced', async () => {
    const { source } = await nb.services.sources.importFile({ fileName: 'c.txt', data: utf8('Cited report') });
    await nb.services.notes.create({ title: 'Assessment', body: `As reported [@${source.id}, p. 2].` });
    await expect(nb.services.sources.delete(source.id)).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('Assessment') });
    await nb.services.sources.delete(source.id, true);
    expect(nb.store.count('sources')).toBe(0);
  });
});
