import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../../main/core/sources/import-formats';

const b = (s: string) => new TextEncoder().encode(s);

describe('import format detection', () => {
  it('goes by the extension, and by content where the content is unambiguous', () => {
    expect(detectFormat('a.txt', b('hello')).format).toBe('text');
    expect(detectFormat('a.MD', b('# hi')).format).toBe('markdown');
    expect(detectFormat('a.htm', b('<p>x</p>')).format).toBe('html');
    expect(detectFormat('report.txt', b('%PDF-1.4\n…')).format).toBe('pdf');
    expect(detectFormat('saved-page', b('<!DOCTYPE html><html><body>x</body></html>')).format).toBe('html');
    expect(detectFormat('export', b('event_id_cnty,event_date,event_type,sub_event_type,location,latitude,longitude\n')).format).toBe('acled-csv');
    expect(detectFormat('x.csv', b('\uFEFFevent_date;event_type;sub_event_type;location;latitude;longitude\n')).format).toBe('acled-csv');
    expect(detectFormat('z.json', b('[{"id":"a","type":"book","title":"T"}]'))).toEqual({ format: 'csl-json', mediaType: 'application/vnd.citationstyles.csl+json' });
  });

  it('refuses what it cannot import, saying what it supports', () => {
    expect(() => detectFormat('a.docx', b('PK'))).toThrow(/\.docx is not a supported format.*\.html, \.htm/);
    expect(() => detectFormat('a.pdf', b('not a pdf'))).toThrow(/not a PDF/);
    expect(() => detectFormat('a.csv', b('a,b\n1,2'))).toThrow(/only ACLED exports/);
  });
});
