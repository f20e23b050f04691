import { FrontierError } from '../../../shared/ipc/errors';

export const cancelled = (): FrontierError => new FrontierError('CANCELLED', 'The export was cancelled.');

/** Throws CANCELLED if the export was cancelled; called between the pipeline's steps. */
export function checkAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw cancelled();
}
