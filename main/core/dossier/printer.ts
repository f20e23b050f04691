/**
 * A PDF print engine: Chromium through playwright-core in the CLI and browser mode
 * (chromium-printer.ts), a hidden BrowserWindow in Electron (main/app/print.ts). Both print the
 * same self-contained HTML with JavaScript off and nothing fetched.
 */
export interface PrintOptions {
  signal?: AbortSignal;
  /**
   * A pass printed only to learn where things land: the same layout, without the tagged-PDF
   * structure and the bookmarks, which cost time and are not read.
   */
  draft?: boolean;
}

export interface PrintSession {
  /** Prints one HTML document; rejects with CANCELLED when the signal aborts. */
  print(html: string, options?: PrintOptions): Promise<Uint8Array>;
  close(): Promise<void>;
}

export interface PdfPrinter {
  /** Starts the engine; a session prints several passes of one export without restarting it. */
  open(signal?: AbortSignal): Promise<PrintSession>;
}
