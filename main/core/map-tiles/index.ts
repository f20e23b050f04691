export { checkTileSource } from './check-source';
export { readFolderTile } from './folder-tiles';
export { fetchServerTile, type ServerFetchOptions } from './server-tiles';
export { parseTilePath, tileCoords, TILES_PREFIX, type TileCoords } from './tile-coords';
export { MAX_TILE_BYTES, type TileResult } from './tile-result';
export { createTileService, NO_TILE_SERVICE, type TileService, type TileServiceOptions } from './tile-service';
export { defaultTileSettingFile, NO_TILES, readTileSetting, TILE_SETTING_FILE_NAME, writeTileSetting } from './tile-setting-file';
