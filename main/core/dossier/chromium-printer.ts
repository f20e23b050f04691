import { FrontierError } from '../../../shared/ipc/errors';
import { DOSSIER_CSP } from '../../../shared/dossier';
import { cancelled, checkAborted } from './cancel';
import { findChromium } from './chromium-path';
import { DRAFT_SETTINGS, PDF_CREATOR, PRINT_SETTINGS, playwrightPdfOptions } from './print-options';
import { editDocument } from './edit-document';
import type { PdfPrinter, PrintOptions, PrintSession } from './printer';

/** The one URL the print page may load: the document, served from memory. `.invalid` never resolves. */
const DOCUMENT_URL = 'http://dossier.frontier.invalid/dossier.html';

/** The launch flags the e2e harness uses on this kind of machine: no sandbox-less surprises, no background traffic. */
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-extensions'];

export interface ChromiumPrinterOptions {
  executablePath?: string;
  /** Called with every URL the page tried to load besides the document (tests assert it stays empty). */
  onBlockedRequest?: (url: string) => void;
}

/**
 * Prints with the system's Chromium through playwright-core (loaded only when printing: it is
 * large, and the Electron app prints without it). The page runs with JavaScript disabled, and
 * every request is routed: the document is fulfilled from memory, anything else is aborted, so a
 * stray URL in a note cannot make the print reach the network.
 */
export function createChromiumPrinter(options: ChromiumPrinterOptions = {}): PdfPrinter {
  return {
    async open(signal) {
      checkAborted(signal);
      const executablePath = options.executablePath ?? findChromium();
      const { chromium } = await import('playwright-core');
      let browser: Awaited<ReturnType<typeof chromium.launch>>;
      try {
        // Signals are ours to handle: the CLI cancels the export on Ctrl-C and closes the browser itself.
        // Chromium writes its user agent into the PDF's Creator field; the flag keeps the OS and browser build out of it.
      browser = await chromium.launch({ executablePath, headless: true, args: [...ARGS, `--user-agent=${PDF_CREATOR}`], handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false });
      } catch (err) {
        throw new FrontierError('UNSUPPORTED', `Chromium at ${executablePath} could not be started: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
      }
      const onAbort = () => void browser.close().catch(() => undefined);
      signal?.addEventListener('abort', onAbort, { once: true });
      // The HTML of the print in progress, served for DOCUMENT_URL; undefined between prints.
      let pending: string | undefined;
      const context = await browser.newContext({ javaScriptEnabled: false, userAgent: PDF_CREATOR, serviceWorkers: 'block', acceptDownloads: false });
      await context.route('**/*', async (route) => {
        const url = route.request().url();
        if (url === DOCUMENT_URL && pending !== undefined) {
          await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'Content-Security-Policy': DOSSIER_CSP }, body: pending });
        } else {
          options.onBlockedRequest?.(url);
          await route.abort('blockedbyclient');
        }
      });
      type Page = Awaited<ReturnType<typeof context.newPage>>;
      // The page of the last print, kept open so that reprint() can edit and print it again.
      let loaded: Page | undefined;
      const closeLoaded = async () => {
        const page = loaded;
        loaded = undefined;
        await page?.close().catch(() => undefined);
      };
      /** Runs one print step under the signal: Chromium is closed on abort, and errors become FrontierErrors. */
      const guarded = async <T>(s: AbortSignal | undefined, step: () => Promise<T>): Promise<T> => {
        checkAborted(s);
        const stop = () => void browser.close().catch(() => undefined);
        s?.addEventListener('abort', stop, { once: true });
        try {
          return await step();
        } catch (err) {
          if (s?.aborted) throw cancelled();
          if (err instanceof FrontierError) throw err;
          throw new FrontierError('IO', `Chromium could not print the dossier: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
        } finally {
          s?.removeEventListener('abort', stop);
        }
      };
      const pdfOf = (page: Page, printOptions: PrintOptions) => page.pdf(playwrightPdfOptions(printOptions.draft ? DRAFT_SETTINGS : PRINT_SETTINGS));
      const session: PrintSession = {
        async print(html, printOptions = {}) {
          await closeLoaded();
          return guarded(printOptions.signal ?? signal, async () => {
            const page = await context.newPage();
            loaded = page;
            try {
              pending = html;
              await page.goto(DOCUMENT_URL, { waitUntil: 'load', timeout: 120_000 });
            } finally {
              pending = undefined;
            }
            return pdfOf(page, printOptions);
          });
        },
        async reprint(edit, printOptions = {}) {
          return guarded(printOptions.signal ?? signal, async () => {
            const page = loaded;
            if (!page) throw new FrontierError('INTERNAL', 'Nothing to print again: no document is loaded.');
            await editDocument(await context.newCDPSession(page), edit);
            return pdfOf(page, printOptions);
          });
        },
        async close() {
          signal?.removeEventListener('abort', onAbort);
          await closeLoaded();
          await browser.close().catch(() => undefined);
        },
      };
      return session;
    },
  };
}
