import type { Source } from '../../../../shared/model';

export const SOURCE_ID = 's_000000000001';

export const source = (over: Partial<Source> = {}): Source => ({
  id: SOURCE_ID,
  title: 'Suicide bombing at a Shia mosque in Kunduz',
  publishedAt: '2021-10-08',
  language: 'en',
  kind: 'news-report',
  reliability: 'F',
  credibility: 6,
  tags: ['kunduz'],
  summary: '',
  textHash: 'a'.repeat(64),
  textLength: 120,
  original: { sha256: 'b'.repeat(64), fileName: 'kunduz-en.txt', mediaType: 'text/plain', size: 1536, importedAt: '2021-10-09T08:00:00.000Z' },
  created: '2021-10-09T08:00:00.000Z',
  updated: '2021-10-09T08:00:00.000Z',
  ...over,
});
