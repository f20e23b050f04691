import { z } from 'zod';
import { parseAbsoluteUrl } from '../security/whatwg-url';

/**
 * The map's optional tile source, a setting of this machine (never of the notebook, which may be
 * shared): none (the default: no tile layer at all), a folder of the user's own tiles laid out
 * `<folder>/<z>/<x>/<y>.<ext>`, or a tile server's URL template. Main keeps it and serves the
 * tiles itself on the page's own origin (`/tiles/{z}/{x}/{y}`), so the CSP stays `img-src 'self'`.
 */
export const TILE_FORMATS = ['png', 'jpg', 'webp'] as const;
export const TileFormat = z.enum(TILE_FORMATS);
export type TileFormat = z.infer<typeof TileFormat>;

export const MAX_TILE_PATH = 4096;
export const MAX_TILE_TEMPLATE = 2048;
/** Deepest zoom served; x and y run from 0 to 2^z − 1. */
export const MAX_TILE_ZOOM = 22;

export const TileSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }).strict(),
  z
    .object({
      kind: z.literal('folder'),
      /** Absolute; checked by main to be an existing folder. */
      path: z.string().min(1).max(MAX_TILE_PATH),
      /** The tiles' extension; without it png, jpg and webp are tried in turn. */
      format: TileFormat.optional(),
    })
    .strict(),
  z.object({ kind: z.literal('server'), template: z.string().min(1).max(MAX_TILE_TEMPLATE) }).strict(),
]);
export type TileSource = z.infer<typeof TileSource>;

/** What main answers for the setting; `revision` grows with each change, so tile URLs can bust caches. */
export const TileSetting = z.object({ source: TileSource, revision: z.number().int().min(0) });
export type TileSetting = z.infer<typeof TileSetting>;

/** The tile URL template the renderer gives Leaflet: always this app's own origin. */
export const LOCAL_TILE_PATH = '/tiles/{z}/{x}/{y}';

const PLACEHOLDERS = ['{z}', '{x}', '{y}'] as const;

/**
 * Why a tile server template is refused, or undefined when it is acceptable: an absolute http(s)
 * URL with a host, each of {z}, {x} and {y} exactly once, no other `{…}` placeholder (no {s}
 * subdomains), no credentials, no whitespace or backslashes. Main applies it; the settings form
 * uses it for early feedback.
 */
export function tileTemplateProblem(template: string): string | undefined {
  if (template.length > MAX_TILE_TEMPLATE) return `The template is longer than ${MAX_TILE_TEMPLATE} characters.`;
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (/[\s\u0000-\u001f\u007f\\]/u.test(template)) return 'The template must not contain spaces, control characters or backslashes.';
  if (!/^https?:\/\//i.test(template)) return 'A tile server template must start with http:// or https://.';
  for (const p of PLACEHOLDERS) {
    const count = template.split(p).length - 1;
    if (count !== 1) return `The template needs ${p} exactly once (it has it ${count} times).`;
  }
  const rest = PLACEHOLDERS.reduce((t, p) => t.replace(p, '0'), template);
  if (/[{}]/.test(rest)) return 'Only {z}, {x} and {y} may appear in braces (subdomains such as {s} are not supported).';
  const url = parseAbsoluteUrl(rest);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return 'That is not an http:// or https:// URL.';
  if (url.hostname === '') return 'The template needs a host name.';
  if (url.username !== '' || url.password !== '') return 'The template must not carry a user name or password.';
  return undefined;
}

/** The template with a tile's coordinates filled in (the template is assumed checked). */
export function fillTileTemplate(template: string, z: number, x: number, y: number): string {
  return template.replace('{z}', String(z)).replace('{x}', String(x)).replace('{y}', String(y));
}
