export { importFile, type ImportOutcome, type ImportRequest } from './import-file';
export { IMPORT_EXTENSIONS } from '../sources/import-formats';
