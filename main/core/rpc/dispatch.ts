import { contract, isMethod, type Method } from '../../../shared/ipc/contract';
import { FrontierError } from '../../../shared/ipc/errors';
import type { Result } from '../../../shared/ipc/result';
import type { Handlers } from '../handlers';
import { findForbiddenKey } from './forbidden-keys';
import { describeIssue } from './issue-text';

/** Largest input accepted, measured as JSON: an import of a 32 MB file in base64, with room to spare. */
export const MAX_INPUT_BYTES = 48 * 1024 * 1024;

export interface DispatchOptions {
  /** Validate outputs against the contract too (tests and development): a handler bug becomes an error, not bad data. */
  checkOutput?: boolean;
  /** Called with unexpected exceptions (not FrontierErrors), for the log. */
  onInternalError?: (method: string, err: unknown) => void;
}

const failure = (code: FrontierError['code'], message: string, details?: Record<string, string>): Result<never> => ({
  ok: false,
  error: details ? { code, message, details } : { code, message },
});

/**
 * The one gate every transport (Electron IPC, the HTTP host, the CLI) goes through: known method,
 * bounded size, no prototype-polluting keys, zod-valid input; then the handler, whose exceptions
 * come back as error values. Nothing reaches a service before all the checks pass.
 */
export async function dispatch(handlers: Handlers, method: string, rawInput: unknown, options: DispatchOptions = {}): Promise<Result<unknown>> {
  if (typeof method !== 'string' || !isMethod(method)) return failure('UNKNOWN_METHOD', `Unknown method: ${String(method).slice(0, 100)}`);
  let size: number;
  try {
    size = rawInput === undefined ? 0 : Buffer.byteLength(JSON.stringify(rawInput) ?? '');
  } catch {
    return failure('INVALID_INPUT', `${method}: the input is not plain data.`);
  }
  if (size > MAX_INPUT_BYTES) return failure('TOO_LARGE', `${method}: the input is ${size} bytes; the limit is ${MAX_INPUT_BYTES}.`, { method });
  const forbidden = findForbiddenKey(rawInput);
  if (forbidden) return failure('INVALID_INPUT', `${method}: the key "${forbidden}" is not allowed in input.`, { method });

  const spec = contract[method as Method];
  const parsed = spec.input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.map(String).join('.');
    // details: the field and a plain reason, for a transport that speaks of its own names (the CLI's options).
    const { reason, custom } = describeIssue(issue);
    return failure('INVALID_INPUT', `${method}: ${field || 'input'}: ${issue.message}`, {
      method,
      field,
      reason,
      ...(custom ? { custom: 'true' } : {}),
    });
  }
  try {
    const handler = handlers[method as Method] as (input: unknown) => unknown;
    const value = await handler(parsed.data);
    if (options.checkOutput) {
      const out = spec.output.safeParse(value);
      if (!out.success) throw new FrontierError('INTERNAL', `${method} returned data that breaks the contract: ${out.error.issues[0]?.message}`);
    }
    return { ok: true, value };
  } catch (err) {
    if (err instanceof FrontierError) return { ok: false, error: err.toValue() };
    options.onInternalError?.(method, err);
    return failure('INTERNAL', `${method} failed: ${err instanceof Error ? err.message : String(err)}`);
  }
}
