import { describe, expect, it } from 'vitest';
import { contentTypeFor, FALLBACK_CONTENT_TYPE } from '../../../shared/security/content-types';

describe('contentTypeFor', () => {
  it.each([
    ['/r/index.html', 'text/html; charset=utf-8'],
    ['/r/assets/index-abc123.js', 'text/javascript; charset=utf-8'],
    ['C:\\r\\assets\\chunk.mjs', 'text/javascript; charset=utf-8'],
    ['/r/assets/INDEX.CSS', 'text/css; charset=utf-8'],
    ['/r/assets/marker.svg', 'image/svg+xml'],
    ['/r/assets/font.woff2', 'font/woff2'],
    ['/r/geo/countries.json', 'application/json; charset=utf-8'],
  ])('%s → %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });

  it.each(['/r/README', '/r/.env', '/r/x.exe', '/r/archive.tar.gz', '/r.js/file'])('%s → octet-stream', (file) => {
    expect(contentTypeFor(file)).toBe(FALLBACK_CONTENT_TYPE);
  });
});
