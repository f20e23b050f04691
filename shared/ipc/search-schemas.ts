import { z } from 'zod';
import { AnyId, Latitude, Longitude } from '../model';

/** A [start, end) range of UTF-16 units to highlight. */
export const TextRange = z.tuple([z.number().int().min(0), z.number().int().min(0)]);

export const SearchHit = z.object({
  kind: z.enum(['note', 'source', 'event']),
  id: AnyId,
  title: z.string(),
  /** The text around the place that best shows why the item matched ('' when none was asked for). */
  snippet: z.string(),
  /** Ranges of `snippet` holding matched words. */
  highlights: z.array(TextRange),
  /** Ranges of `title` holding matched words. */
  titleHighlights: z.array(TextRange),
  /** BM25 relevance (0 for a query of filters only, whose results are newest first). */
  score: z.number(),
});
export type SearchHit = z.infer<typeof SearchHit>;

/** The map view, for in:map: latitudes south…north, longitudes west…east (west > east crosses 180°). */
export const MapBounds = z.object({ south: Latitude, west: Longitude, north: Latitude, east: Longitude }).strict();
export type MapBounds = z.infer<typeof MapBounds>;

export const SearchQuery = z
  .object({
    /** The query language of shared/search/query.ts. */
    query: z.string().max(1000),
    limit: z.number().int().min(1).max(500).default(50),
    /** At most this many hits of each kind, for lists grouped by kind (the best `limit` overall otherwise). */
    perKind: z.number().int().min(1).max(500).optional(),
    /** The current map view; in:map keeps what lies inside it (and is left out, with a warning, without it). */
    bbox: MapBounds.optional(),
  })
  .strict();

export const SearchResults = z.object({
  /** The best `limit` matches, best first. */
  hits: z.array(SearchHit),
  /** How many items of each kind match in all. */
  counts: z.object({ note: z.number().int().min(0), source: z.number().int().min(0), event: z.number().int().min(0) }),
  /** Parts of the query that were not understood, and were left out, in words for the user. */
  warnings: z.array(z.string()),
});
export type SearchResults = z.infer<typeof SearchResults>;

export const SearchStatus = z.object({
  /** `indexing` while a first build (or catching up after a change made elsewhere) runs. */
  state: z.enum(['indexing', 'ready', 'failed']),
  /** Items indexed so far, and to index, in the current build. */
  done: z.number().int().min(0),
  total: z.number().int().min(0),
  /** What opening the index did (loaded from the cache; rebuilt, and why), or why search failed. */
  message: z.string().optional(),
});
export type SearchStatus = z.infer<typeof SearchStatus>;
