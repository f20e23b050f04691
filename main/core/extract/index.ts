export { createExtractService, referenceDateOf, type ExtractService } from './extract-service';
export type { TextExtraction } from './extract-text';
export { toExtraction } from './to-extraction';
