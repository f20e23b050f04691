// Pure search rules shared by the index (main/core/search), the renderer and entity extraction.
export * from './normalize';
export * from './tokenize';
export * from './aliases';
export * from './query';
