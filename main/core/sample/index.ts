export { SAMPLE, createSampleService, loadSample, type SampleContent, type SampleLoaded, type SampleTarget } from './load-sample';
export { SAMPLE_EVENTS, type SampleEvent } from './sample-events';
export { SAMPLE_NOTES, SAMPLE_START_NOTE, type SampleNote, type SampleNoteKey, type SourceIds } from './sample-notes';
export { SAMPLE_SOURCES, type SampleSource, type SampleSourceKey } from './sample-sources';
