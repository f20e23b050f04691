import { resolve } from 'node:path';
import type { Method, Input, Output } from '../../shared/ipc/contract';
import { FrontierError } from '../../shared/ipc/errors';
import { systemClock } from '../core/context';
import { createHandlers } from '../core/handlers';
import { defaultNotebookDir } from '../core/paths/default-notebook';
import { dispatch } from '../core/rpc/dispatch';
import { createServices, type Services } from '../core/services';
import { NotebookStore } from '../core/store';

export interface GlobalOptions {
  notebook?: string;
  json?: boolean;
  debug?: boolean;
}

export const notebookDir = (opts: GlobalOptions): string => resolve(opts.notebook ?? defaultNotebookDir());

/** Calls a contract method through the same gate as the app and the browser host, so the CLI validates the same way. */
export type Call = <M extends Method>(method: M, input: Input<M>) => Promise<Output<M>>;

export interface Session {
  store: NotebookStore;
  services: Services;
  call: Call;
}

/** Opens the notebook, runs `fn`, and always flushes and closes it (releasing the lock). */
export async function withNotebook<T>(opts: GlobalOptions, fn: (s: Session) => Promise<T>, readOnly = false): Promise<T> {
  const store = await NotebookStore.open(notebookDir(opts), { readOnly });
  try {
    const services = createServices({ store, now: systemClock });
    const handlers = createHandlers(services);
    const call: Call = async (method, input) => {
      const result = await dispatch(handlers, method, input);
      if (!result.ok) throw new FrontierError(result.error.code, result.error.message, result.error.details);
      return result.value as never;
    };
    return await fn({ store, services, call });
  } finally {
    await store.close();
  }
}
