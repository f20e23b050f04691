// The search index: built off the main thread, kept current by commits, cached in <notebook>/index/.
export { createSearchService, type SearchService } from './search-service';
export { SearchEngine, ANALYZER_VERSION, type EngineConfig, type EngineStats, type OpenReport, type SearchRequest } from './engine';
export { InProcessIndexHost, type IndexHost } from './index-host';
export { WorkerIndexHost } from './worker-host';
export { startSearchEarly } from './early-start';
export type { Bbox } from './filters';
