// Pure link logic: wikilinks, citations, renames, mentions and the per-note links panel.
export * from './code-regions';
export * from './fold';
export * from './context';
export * from './wikilinks';
export * from './citations';
export * from './rename';
export * from './mentions';
export * from './graph';
