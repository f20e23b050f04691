import { parseAbsoluteUrl } from './whatwg-url';

/**
 * Which URLs Frontier may hand to the operating system (`shell.openExternal`, after the user
 * confirms) and which the renderer may render as clickable links. One rule for both places.
 *
 * openExternal passes the URL to the OS, which starts whatever handler is registered for the
 * scheme: `file:`, `smb:`, UNC paths, `ms-*:` and friends run or mount things (the peers' CVEs).
 * So: an allowlist of schemes, never a denylist.
 */
export const EXTERNAL_LINK_PROTOCOLS: ReadonlySet<string> = new Set(['https:', 'http:', 'mailto:']);

// Whitespace and control characters: the URL parser silently drops tabs and newlines
// ("java\nscript:") and trims the ends, so what the user sees differs from what opens.
// Bidirectional overrides make a URL display differently from what it is.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const DECEPTIVE_CHARACTERS = /[\u0000-\u0020\u007f-\u00a0\u061c\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/u;

/**
 * The canonical form of an allowed external link (what to pass to openExternal, so the OS gets
 * exactly the string we checked), or null when the link is not allowed.
 */
export function toExternalLink(url: string): string | null {
  if (typeof url !== 'string' || url.length === 0) return null;
  // Backslashes: `\\host\share` is a UNC path on Windows, and the URL parser turns
  // `https:\\host` into `https://host`; neither belongs in a link we open.
  if (url.includes('\\') || DECEPTIVE_CHARACTERS.test(url)) return null;

  const parsed = parseAbsoluteUrl(url);
  if (!parsed || !EXTERNAL_LINK_PROTOCOLS.has(parsed.protocol)) return null;

  if (parsed.protocol === 'mailto:') {
    // `mailto:` needs an address; `mailto://…` is not a mail address.
    if (parsed.pathname === '' || parsed.pathname.startsWith('/')) return null;
    return parsed.href;
  }

  // http(s): a host is required, and credentials are refused: `https://bank.example@evil.example`
  // reads as one host and goes to another.
  if (parsed.hostname === '' || parsed.username !== '' || parsed.password !== '') return null;
  // The raw text must say `scheme://`: `https:example.org` parses, but is not what it looks like.
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return null;
  return parsed.href;
}

/** True when `url` may be opened outside Frontier (after confirmation) or rendered as a link. */
export function isExternalLinkAllowed(url: string): boolean {
  return toExternalLink(url) !== null;
}
