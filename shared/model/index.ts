export * from './common';
export * from './event';
export * from './grading';
export * from './ids';
export * from './note';
export * from './notebook';
export * from './source';
export * from './tlp';
