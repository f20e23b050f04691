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

/** Changes to a loaded document, by element id; the HTML is the dossier builder's own (escaped). */
export interface DocumentEdit {
  /** Elements whose outer HTML is replaced. */
  replace?: Readonly<Record<string, string>>;
  /** Elements removed; an id that is not there is ignored. */
  remove?: readonly string[];
}

export interface PrintSession {
  /** Prints one HTML document; rejects with CANCELLED when the signal aborts. */
  print(html: string, options?: PrintOptions): Promise<Uint8Array>;
  /**
   * Edits the document the last print() loaded and prints it again, without loading, parsing and
   * styling 2 MB of HTML and fonts a second time. Optional: an engine without it is given the
   * whole edited document through print().
   */
  reprint?(edit: DocumentEdit, options?: PrintOptions): Promise<Uint8Array>;
  close(): Promise<void>;
}

export interface PdfPrinter {
  /** Starts the engine; a session prints several passes of one export without restarting it. */
  open(signal?: AbortSignal): Promise<PrintSession>;
}
