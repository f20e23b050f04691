import type { NotebookStore } from './store';

/** What every service needs: the open notebook and a clock (injected so tests control time). */
export interface CoreContext {
  store: NotebookStore;
  now(): Date;
}

export const systemClock = (): Date => new Date();
