export { createGeoService } from './geo-service';
export { createGazetteer, type Gazetteer } from './gazetteer';
export { loadCityTable, type CityTable } from './city-table';
export { foldName } from './fold-name';
export { ALIASES, type AliasEntry } from './aliases';
export { distanceKm, bearing } from './nearest-index';
