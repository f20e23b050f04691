import { fillTileTemplate } from '../../../shared/geo/tile-source';
import type { TileCoords } from './tile-coords';
import { badGateway, MAX_TILE_BYTES, notFound, type TileResult } from './tile-result';

export interface ServerFetchOptions {
  /** The whole exchange, headers and body; 10 s by default. */
  timeoutMs?: number;
  maxBytes?: number;
  /** Injected by tests; the global fetch otherwise. */
  fetch?: typeof fetch;
}

/**
 * Raster image types passed on. Not SVG: served from our own origin it would be a document if
 * opened directly; and nothing else, so a server's HTML error page never becomes a "tile".
 */
const IMAGE_TYPES: ReadonlySet<string> = new Set(['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'image/avif']);

/**
 * Fetches one tile from the user's own tile server: the one kind of request Frontier makes off
 * the machine, and only because the user set the template. Main makes it, never the page (whose
 * CSP keeps images to its own origin). No cookies or credentials (Node's fetch keeps no cookie
 * jar, and the template may not carry a user name), no referrer, no redirects (a redirect could
 * lead anywhere the user did not name), a timeout over the whole exchange and a size limit read
 * as the body streams in. A 404 stays a 404; every other failure is a 502.
 */
export async function fetchServerTile(template: string, { z, x, y }: TileCoords, options: ServerFetchOptions = {}): Promise<TileResult> {
  const { timeoutMs = 10_000, maxBytes = MAX_TILE_BYTES, fetch: doFetch = fetch } = options;
  const url = fillTileTemplate(template, z, x, y);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await doFetch(url, {
      signal: controller.signal,
      redirect: 'error',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      headers: { accept: 'image/png,image/jpeg,image/webp,image/*;q=0.8', 'user-agent': 'Frontier (offline research notebook)' },
    });
    if (response.status === 404) return discard(response, notFound(`the tile server has no tile ${z}/${x}/${y}`));
    if (!response.ok) return discard(response, badGateway(`the tile server answered ${response.status}`));
    const type = (response.headers.get('content-type') ?? '').split(';', 1)[0]!.trim().toLowerCase();
    if (!IMAGE_TYPES.has(type)) return discard(response, badGateway(`the tile server sent ${type || 'no type'}, not an image`));
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > maxBytes) return discard(response, badGateway(`the tile is larger than ${maxBytes} bytes`));
    const body = await readLimited(response, maxBytes);
    if (!body) {
      controller.abort();
      return badGateway(`the tile is larger than ${maxBytes} bytes`);
    }
    return { status: 200, body, contentType: type };
  } catch (err) {
    if (controller.signal.aborted) return badGateway(`the tile server did not answer within ${timeoutMs} ms`);
    return badGateway(`the tile server could not be reached (${err instanceof Error ? causeOf(err) : String(err)})`);
  } finally {
    clearTimeout(timer);
  }
}

/** The body, or undefined as soon as it passes `limit` bytes. */
async function readLimited(response: Response, limit: number): Promise<Buffer | undefined> {
  if (!response.body) return Buffer.alloc(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

async function discard(response: Response, result: TileResult): Promise<TileResult> {
  await response.body?.cancel().catch(() => undefined);
  return result;
}

const causeOf = (err: Error): string => (err.cause instanceof Error ? err.cause.message : err.message);
