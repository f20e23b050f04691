/**
 * Where the Electron renderer lives: `app://frontier/…`, served by protocol.handle
 * (protocol.ts), never `file://` (ARCHITECTURE §7). A fixed host keeps the origin stable, so
 * localStorage and the CSP's 'self' mean the same thing on every launch.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'frontier';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * True when `url` is on `appOrigin` (scheme and host, exactly; no credentials, no port).
 *
 * Compares scheme and host rather than `URL.origin`: for a scheme Node does not know as special,
 * `new URL('app://frontier/').origin` is the string "null", which would match every such URL.
 */
export function isOnAppOrigin(url: string, appOrigin: string = APP_ORIGIN): boolean {
  const target = parse(url);
  const origin = parse(appOrigin);
  if (!target || !origin || origin.host === '') return false;
  return (
    target.protocol === origin.protocol &&
    target.host === origin.host &&
    target.username === '' &&
    target.password === ''
  );
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
