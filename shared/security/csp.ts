/**
 * The Content-Security-Policy for every page Frontier serves: the Electron app:// protocol
 * (main/app/protocol.ts) and the browser-mode host (main/host) send the same header, so the two
 * modes cannot drift apart (ARCHITECTURE §7).
 *
 * Everything is local: no remote host appears anywhere, and `default-src 'none'` makes every
 * fetch directive that is not listed below (frames, media, workers' fallbacks, manifests) deny.
 */
export const CSP_DIRECTIVES = {
  'default-src': ["'none'"],
  // Only our own bundled scripts: no inline script, no eval, no remote code.
  'script-src': ["'self'"],
  // 'unsafe-inline' for style attributes: Leaflet positions tiles and markers with inline styles.
  'style-src': ["'self'", "'unsafe-inline'"],
  // data: and blob: for images we generate locally (map icons, previews of imported files).
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  // Browser mode talks to the host's /rpc on the page's own origin; Electron uses IPC.
  'connect-src': ["'self'"],
  // The following are not fetch directives, so default-src does not cover them.
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
  'object-src': ["'none'"],
} as const satisfies Record<string, readonly string[]>;

export type CspDirective = keyof typeof CSP_DIRECTIVES;

/** The header value: `directive source source; directive source; …`. */
export const CONTENT_SECURITY_POLICY: string = Object.entries(CSP_DIRECTIVES)
  .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
  .join('; ');
