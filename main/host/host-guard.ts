import { timingSafeEqual } from 'node:crypto';

/**
 * The checks the browser-mode host makes before it answers anything. The server listens on
 * 127.0.0.1 only, but any local program — or a web page, through DNS rebinding — could reach it,
 * so: the Host header must name our loopback address and port (rebinding sends the attacker's
 * name), a cross-origin browser request is refused (Origin), and every /rpc call must carry the
 * random token printed in the URL, compared in constant time.
 */
export function isAllowedHost(hostHeader: string | undefined, port: number): boolean {
  if (!hostHeader) return false;
  return hostHeader === `127.0.0.1:${port}` || hostHeader === `localhost:${port}`;
}

export function isAllowedOrigin(originHeader: string | undefined, port: number): boolean {
  if (originHeader === undefined) return true; // same-origin GETs and non-browser clients send none
  return originHeader === `http://127.0.0.1:${port}` || originHeader === `http://localhost:${port}`;
}

export function isValidToken(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
