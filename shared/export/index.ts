// Pure writers of the open formats analysts exchange: ACLED CSV, GeoJSON, a Markdown bundle.
export * from './acled-csv';
export * from './country-lookup';
export * from './csv';
export * from './geojson';
export * from './markdown-bundle';
