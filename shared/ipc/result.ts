import type { ErrorValue } from './errors';

/** Errors as values (Signal Desktop's rule): an exception thrown through ipcMain.handle loses all but its message. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorValue };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: ErrorValue): Result<never> => ({ ok: false, error });
