import type { ErrorCode, FrontierApi, Input, Method, Output } from '../../shared/ipc';

/** A failed call, with the code main gave it (NOT_FOUND, CONFLICT, IO, …) and its message for the user. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export type Call = <M extends Method>(method: M, input: Input<M>) => Promise<Output<M>>;

/** Unwraps the Result values of the API into values or thrown ApiErrors, for async UI code. */
export function createCall(api: FrontierApi): Call {
  return async (method, input) => {
    const fn = api[method] as (i: typeof input) => Promise<{ ok: true; value: unknown } | { ok: false; error: { code: ErrorCode; message: string } }>;
    const result = await fn(input);
    if (!result.ok) throw new ApiError(result.error.code, result.error.message);
    return result.value as Output<typeof method>;
  };
}
