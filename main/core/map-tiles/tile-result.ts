/** A tile to send (its bytes and image type), or why there is none: 404 none here, 502 the server failed. */
export type TileResult = { status: 200; body: Buffer; contentType: string } | { status: 404 | 502; reason: string };

/** The largest tile served, from a folder or a server: real tiles are tens of kilobytes. */
export const MAX_TILE_BYTES = 4 * 1024 * 1024;

export const notFound = (reason: string): TileResult => ({ status: 404, reason });
export const badGateway = (reason: string): TileResult => ({ status: 502, reason });
