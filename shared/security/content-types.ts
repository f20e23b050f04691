/**
 * Content-Type by file extension for the files we serve from the built renderer.
 *
 * We send `X-Content-Type-Options: nosniff`, so a wrong type is not cosmetic: a module script
 * served as text/plain is refused. Platform MIME tables are unreliable for this (some Windows
 * registries map .js to text/plain), hence our own fixed table.
 */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.topojson': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** Unknown extensions are served as opaque bytes, which nosniff then refuses to execute. */
export const FALLBACK_CONTENT_TYPE = 'application/octet-stream';

/** `fileName` may be a bare name or a path with either separator. */
export function contentTypeFor(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return FALLBACK_CONTENT_TYPE;
  return CONTENT_TYPES[base.slice(dot).toLowerCase()] ?? FALLBACK_CONTENT_TYPE;
}
