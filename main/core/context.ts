import type { PdfPrinter } from './dossier/printer';
import type { TileService } from './map-tiles';
import type { ExternalOpener } from './shell/external-links-service';
import type { NotebookStore } from './store';

/** What every service needs: the open notebook and a clock (injected so tests control time). */
export interface CoreContext {
  store: NotebookStore;
  now(): Date;
  /** How dossiers are printed: Electron passes its own (main/app/print.ts); otherwise the system's Chromium. */
  printer?: PdfPrinter;
  /**
   * The bundled search worker (out/main/search-worker.js), which the app and browser mode pass so
   * the index is built off their main thread; without it the index runs in the calling thread.
   */
  searchWorker?: string;
  /** The bundled extraction worker (out/main/extract-worker.js); without it extraction runs in the calling thread. */
  extractWorker?: string;
  /** How links leave Frontier: only the desktop app passes one (a confirmation, then the OS). */
  openExternal?: ExternalOpener;
  /** The map's tile source, per machine (one per process); without it there are no tiles and none can be set. */
  tiles?: TileService;
}

export const systemClock = (): Date => new Date();
