import { describe, expect, it } from 'vitest';
import { electronPdfOptions, PRINT_DOCUMENT_URL, printWindowPreferences } from '../../../main/app/print-options';
import { DRAFT_SETTINGS } from '../../../main/core/dossier/print-options';

describe('Electron printing options (pure; print.ts is the glue)', () => {
  it('asks printToPDF for the same things as the Chromium engine', () => {
    expect(electronPdfOptions()).toEqual({ preferCSSPageSize: true, printBackground: true, generateDocumentOutline: true, generateTaggedPDF: true, displayHeaderFooter: false });
    expect(electronPdfOptions(DRAFT_SETTINGS)).toMatchObject({ generateDocumentOutline: false, generateTaggedPDF: false });
  });

  it('prints in a hidden window with JavaScript off, sandboxed, in its own in-memory session', () => {
    const prefs = printWindowPreferences();
    expect(prefs).toMatchObject({ javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true });
    expect(prefs.partition).not.toMatch(/^persist:/);
    expect(prefs.preload).toBeUndefined();
    expect(PRINT_DOCUMENT_URL).toMatch(/^app:\/\/dossier\//);
  });
});
