// Pure dossier rendering: selection, HTML (escaped throughout), the map and timeline figures.
export * from './anchors';
export * from './build-html';
export * from '../geo/event-colours';
export * from './html';
export * from './map-frames';
export * from './map-svg';
export * from './select';
export * from './timeline-svg';
export * from './tlp-style';
