export { SourceReader } from './SourceReader';
export { GradePickers } from './GradePickers';
export { splitParagraphs, normalizeExcerpt } from './paragraphs';
export { selectedTextWithin, locatorProblem } from './selection';
export { draftFromSource, patchFromDraft, parseTags, type SourceDraft } from './source-form';
