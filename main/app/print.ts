import { BrowserWindow, session } from 'electron';
import { DOSSIER_CSP } from '../../shared/dossier';
import { FrontierError } from '../../shared/ipc/errors';
import { cancelled, checkAborted } from '../core/dossier/cancel';
import { DRAFT_SETTINGS, PRINT_SETTINGS } from '../core/dossier/print-options';
import { editDocument } from '../core/dossier/edit-document';
import type { PdfPrinter, PrintOptions } from '../core/dossier/printer';
import { cdpOfDebugger } from './debugger-cdp';
import { APP_SCHEME } from './app-origin';
import { electronPdfOptions, PRINT_DOCUMENT_URL, PRINT_PARTITION, printWindowPreferences } from './print-options';

/**
 * Electron's PDF engine: the dossier HTML in a hidden window with JavaScript disabled, in its own
 * in-memory session whose app:// handler serves that one document and whose requests are all
 * cancelled but it, then webContents.printToPDF with the shared settings. Thin glue: the HTML,
 * the settings and the two-pass contents are the same code the CLI's Chromium engine runs.
 */
export function createElectronPrinter(): PdfPrinter {
  return {
    async open(signal) {
      checkAborted(signal);
      let pending: string | undefined;
      const ses = session.fromPartition(PRINT_PARTITION, { cache: false });
      if (!ses.protocol.isProtocolHandled(APP_SCHEME)) {
        ses.protocol.handle(APP_SCHEME, (request) =>
          request.url === PRINT_DOCUMENT_URL && pending !== undefined
            ? new Response(pending, { headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': DOSSIER_CSP } })
            : new Response(null, { status: 404 }),
        );
      }
      ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: details.url !== PRINT_DOCUMENT_URL }));
      ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));

      const win = new BrowserWindow({ show: false, width: 900, height: 1200, webPreferences: printWindowPreferences() });
      win.webContents.on('will-navigate', (event) => event.preventDefault());
      win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
      const destroy = () => {
        if (!win.isDestroyed()) win.destroy();
      };
      signal?.addEventListener('abort', destroy, { once: true });

      let loaded = false;
      /** One print step under the signal: the window is destroyed on abort, and errors become FrontierErrors. */
      const guarded = async (printOptions: PrintOptions, step: () => Promise<void>): Promise<Uint8Array> => {
        const s = printOptions.signal ?? signal;
        checkAborted(s);
        s?.addEventListener('abort', destroy, { once: true });
        try {
          await step();
          return new Uint8Array(await win.webContents.printToPDF(electronPdfOptions(printOptions.draft ? DRAFT_SETTINGS : PRINT_SETTINGS)));
        } catch (err) {
          if (s?.aborted) throw cancelled();
          if (err instanceof FrontierError) throw err;
          throw new FrontierError('IO', `The dossier could not be printed: ${err instanceof Error ? err.message : String(err)}`);
        } finally {
          s?.removeEventListener('abort', destroy);
        }
      };

      return {
        print: (html, printOptions = {}) =>
          guarded(printOptions, async () => {
            loaded = false;
            pending = html;
            try {
              await win.loadURL(PRINT_DOCUMENT_URL);
              loaded = true;
            } finally {
              pending = undefined;
            }
          }),
        // The second pass edits the loaded page through Electron's own DevTools client, as the CLI's engine does.
        reprint: (edit, printOptions = {}) =>
          guarded(printOptions, async () => {
            if (!loaded) throw new FrontierError('INTERNAL', 'Nothing to print again: no document is loaded.');
            await editDocument(cdpOfDebugger(win.webContents.debugger), edit);
          }),
        async close() {
          signal?.removeEventListener('abort', destroy);
          destroy();
        },
      };
    },
  };
}
