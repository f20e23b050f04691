import { z } from 'zod';

/**
 * Every failure that crosses a process boundary carries one of these codes, so the renderer and
 * the CLI can react to the kind of failure (a lock, a corrupt file) and show the message as is.
 */
export const ERROR_CODES = [
  'UNKNOWN_METHOD',
  'INVALID_INPUT',
  'TOO_LARGE',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'LOCKED',
  'NOT_A_NOTEBOOK',
  'CORRUPT',
  'TOO_NEW',
  'IO',
  'UNSUPPORTED',
  'INTERNAL',
  /** A long operation (an export) stopped because the user cancelled it. */
  'CANCELLED',
] as const;
export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ErrorValue = z.object({
  code: ErrorCode,
  message: z.string(),
  /** Extra facts for the UI, e.g. the backup to restore from. */
  details: z.record(z.string(), z.string()).optional(),
});
export type ErrorValue = z.infer<typeof ErrorValue>;

/** The error main/core throws; transports turn it into an {@link ErrorValue}. */
export class FrontierError extends Error {
  override readonly name = 'FrontierError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, string>,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  toValue(): ErrorValue {
    return this.details ? { code: this.code, message: this.message, details: this.details } : { code: this.code, message: this.message };
  }
}

export const isFrontierError = (e: unknown): e is FrontierError => e instanceof FrontierError;
