/** Where the optional custom tile source is kept (this machine only, off by default). */
export const TILE_SETTING_KEY = 'frontier.map.tiles.v1';

export type TileCheck = { ok: true; template: string } | { ok: false; message: string };

/**
 * A tile URL template as Leaflet takes it (`https://tiles.example/{z}/{x}/{y}.png`, or a path on
 * this app's own origin such as `/tiles/{z}/{x}/{y}.png`). Empty means no tile layer at all.
 */
export function checkTileTemplate(text: string, base: string): TileCheck | undefined {
  const template = text.trim();
  if (!template) return undefined;
  if (!['{z}', '{x}', '{y}'].every((p) => template.includes(p))) return { ok: false, message: 'The template needs {z}, {x} and {y}.' };
  let url: URL;
  try {
    url = new URL(template.replace(/[{}]/g, ''), base);
  } catch {
    return { ok: false, message: 'That is not a URL.' };
  }
  if (!['http:', 'https:', 'app:'].includes(url.protocol)) return { ok: false, message: 'Only http:, https: or a path on this app can serve tiles.' };
  return { ok: true, template };
}
