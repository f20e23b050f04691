export { NotebookStore, type CommitListener, type StoreOp, type StoreOptions } from './notebook-store';
export { BlobStore, sha256Hex } from './blob-store';
export { listBackups, newestGoodBackup, type BackupInfo } from './backups';
export { nodeFs, type FsLayer, type FileHandleLike } from './fs-layer';
export { notebookPaths, type NotebookPaths } from './layout';
export { restoreNotebook, type RestoreReport } from './restore';
