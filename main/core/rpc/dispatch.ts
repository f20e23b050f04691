import { contract, isMethod, type Method } from '../../../shared/ipc/contract';
import { FrontierError } from '../../../shared/ipc/errors';
import type { Result } from '../../../shared/ipc/result';
import type { Handlers } from '../handlers';
import { findForbiddenKey } from './forbidden-keys';

/** Largest input accepted, measured as JSON: an import of a 32 MB file in base64, with room to spare. */
export const MAX_INPUT_BYTES = 48 * 1024 * 1024;

export interface DispatchOptions {
  /** Validate outputs against the contract too (tests and development): a handler bug becomes an error, not bad data. */
  checkOutput?: boolean;
  /** Called with unexpected exceptions (not FrontierErrors), for the log. */
  onInternalError?: (method: string, err: unknown) => void;
}

const failure = (code: FrontierError['code'], message: string): Result<never> => ({ ok: false, error: { code, message } });

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
  if (size > MAX_INPUT_BYTES) return failure('TOO_LARGE', `${method}: the input is ${size} bytes; the limit is ${MAX_INPUT_BYTES}.`);
  const forbidden = findForbiddenKey(rawInput);
  if (forbidden) return failure('INVALID_INPUT', `${method}: the key "${forbidden}" is not allowed in input.`);

  const spec = contract[method as Method];
  const parsed = spec.input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return failure('INVALID_INPUT', `${method}: ${issue?.path.join('.') || 'input'}: ${issue?.message}`);
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
