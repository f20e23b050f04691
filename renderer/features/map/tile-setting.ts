import { LOCAL_TILE_PATH, tileTemplateProblem, type TileFormat, type TileSetting, type TileSource } from '../../../shared/geo/tile-source';

/**
 * The map's tile source as the settings form edits it, and the template the map gets. The setting
 * itself is kept by main, per machine (map.getTileSource / map.setTileSource), not in the page's
 * storage, and the page only ever asks its own origin for tiles.
 */

/**
 * What Leaflet is given: '' (no tile layer at all) while no source is set, else this app's own
 * `/tiles/{z}/{x}/{y}` with the setting's revision, so that a changed source is a new URL and no
 * cached tile of the old one is shown.
 */
export function tileLayerTemplate(setting: TileSetting | undefined): string {
  if (!setting || setting.source.kind === 'none') return '';
  return `${LOCAL_TILE_PATH}?v=${setting.revision}`;
}

export type TileKind = TileSource['kind'];

export interface TileForm {
  kind: TileKind;
  folder: string;
  /** '' tries png, jpg and webp in turn. */
  format: TileFormat | '';
  template: string;
}

export const EMPTY_TILE_FORM: TileForm = { kind: 'none', folder: '', format: '', template: '' };

export function formOf(source: TileSource): TileForm {
  if (source.kind === 'folder') return { ...EMPTY_TILE_FORM, kind: 'folder', folder: source.path, format: source.format ?? '' };
  if (source.kind === 'server') return { ...EMPTY_TILE_FORM, kind: 'server', template: source.template };
  return EMPTY_TILE_FORM;
}

export type FormCheck = { ok: true; source: TileSource } | { ok: false; message: string };

/**
 * The source the form describes, or what is missing. Main checks again, and alone can tell whether
 * the folder exists; this only spares a round trip for an empty field or a template main refuses.
 */
export function sourceOfForm(form: TileForm): FormCheck {
  if (form.kind === 'folder') {
    const path = form.folder.trim();
    if (!path) return { ok: false, message: 'Give the full path of the tile folder.' };
    return { ok: true, source: form.format ? { kind: 'folder', path, format: form.format } : { kind: 'folder', path } };
  }
  if (form.kind === 'server') {
    const template = form.template.trim();
    if (!template) return { ok: false, message: 'Give the tile server’s URL template.' };
    const problem = tileTemplateProblem(template);
    return problem ? { ok: false, message: problem } : { ok: true, source: { kind: 'server', template } };
  }
  return { ok: true, source: { kind: 'none' } };
}

/** One line for the status bar once a source is set. */
export function describeTileSource(source: TileSource): string {
  if (source.kind === 'folder') return `Map tiles from the folder ${source.path}`;
  if (source.kind === 'server') return `Map tiles from ${source.template}`;
  return 'No map tiles: the offline basemap only';
}
