import type { PrintToPDFOptions, WebPreferences } from 'electron';
import { PRINT_SETTINGS, type PrintSettings } from '../core/dossier/print-options';

/**
 * Electron's side of the shared print settings (main/core/dossier/print-options.ts), as pure data
 * so it is tested in Node: printToPDF options, and the hidden print window's web preferences —
 * JavaScript off, sandboxed, no Node, nothing but the dossier's own session.
 */
export function electronPdfOptions(s: PrintSettings = PRINT_SETTINGS): PrintToPDFOptions {
  return {
    preferCSSPageSize: s.preferCssPageSize,
    printBackground: s.printBackground,
    generateDocumentOutline: s.outline,
    generateTaggedPDF: s.tagged,
    displayHeaderFooter: s.engineHeaderFooter,
  };
}

export function printWindowPreferences(): WebPreferences {
  return {
    javascript: false,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    // A separate, in-memory session: the print window shares no cookies, cache or handlers with the app.
    partition: PRINT_PARTITION,
  };
}

/** No `persist:` prefix: the session lives in memory only. */
export const PRINT_PARTITION = 'frontier-print';
/** The one URL the print window loads, served from memory by print.ts. */
export const PRINT_DOCUMENT_URL = 'app://dossier/dossier.html';
