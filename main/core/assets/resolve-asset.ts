import fs from 'node:fs/promises';
import path from 'node:path';

/** Where requests are expected to come to: `{ protocol: 'app:', host: 'frontier' }` in Electron, the loopback host in browser mode. */
export interface AssetOrigin {
  protocol: string;
  host: string;
}

/**
 * Maps a request URL on `origin` to a file inside `rootDir` (the built renderer, out/renderer),
 * or null when the request must be refused with a 404. Shared by Electron's app:// protocol and
 * the browser-mode HTTP host.
 *
 * The renderer shows imported, untrusted content; if it were ever tricked into requesting
 * `../../.ssh/id_rsa`, this function is what stands between it and the disk. So it
 * refuses rather than normalises: any dot segment, encoded separator, backslash, NUL, drive letter
 * or empty segment is a refusal, and the final file must still be inside `rootDir` after both are
 * resolved through symlinks.
 *
 * `/` serves index.html. Only regular files are served (no directory listings).
 * Uses `fs.promises` through the module object, which Electron patches to read inside app.asar.
 */
export async function resolveAsset(rootDir: string, requestUrl: string, origin: AssetOrigin): Promise<string | null> {
  const segments = requestSegments(requestUrl, origin);
  if (!segments) return null;

  let realRoot: string;
  let realFile: string;
  try {
    realRoot = await fs.realpath(rootDir);
    realFile = await fs.realpath(path.join(realRoot, ...segments));
  } catch {
    return null; // missing root or file, or a dangling symlink
  }
  if (!isInside(realRoot, realFile)) return null;

  try {
    const stat = await fs.stat(realFile);
    return stat.isFile() ? realFile : null;
  } catch {
    return null;
  }
}

/** The decoded path segments of an acceptable request, or null. Exported for tests. */
export function requestSegments(requestUrl: string, origin: AssetOrigin): string[] | null {
  if (typeof requestUrl !== 'string') return null;
  if (requestUrl.includes('\\') || requestUrl.includes('\0')) return null;

  // Judge the raw text: the URL parser would silently resolve `..` and `%2e%2e` for us, hiding the
  // attempt; we would rather refuse the request outright.
  const rawPath = requestUrl.split(/[?#]/, 1)[0] ?? '';
  if (/(?:^|\/)(?:\.|%2e){1,2}(?:\/|$)/i.test(rawPath)) return null;
  if (/%(?:2f|5c|00)/i.test(rawPath)) return null;

  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== origin.protocol || url.host !== origin.host) return null;
  if (url.username !== '' || url.password !== '') return null;

  if (url.pathname === '/' || url.pathname === '') return ['index.html'];
  const encoded = url.pathname.slice(1).split('/');
  const segments: string[] = [];
  for (const part of encoded) {
    let segment: string;
    try {
      segment = decodeURIComponent(part);
    } catch {
      return null; // malformed percent-encoding
    }
    if (!isPlainSegment(segment)) return null;
    segments.push(segment);
  }
  return segments;
}

// Empty segments (`//etc/passwd`) would make an absolute path; `:` is a Windows drive letter
// (`C:`) or an NTFS alternate data stream (`file:stream`).
function isPlainSegment(segment: string): boolean {
  return (
    segment !== '' &&
    segment !== '.' &&
    segment !== '..' &&
    !/[/\\:\0]/.test(segment)
  );
}

function isInside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return (
    relative !== '' &&
    relative !== '..' &&
    !relative.startsWith(`..${path.sep}`) &&
    !path.isAbsolute(relative)
  );
}
