import type { Input, Method, Output } from './contract';
import type { Result } from './result';

/**
 * What `window.frontier` (preload) and the HTTP bridge both provide: one async function per
 * contract method, answering errors as values.
 */
export type FrontierApi = { [M in Method]: (input: Input<M>) => Promise<Result<Output<M>>> };
