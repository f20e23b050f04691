/**
 * The print settings every engine uses, in one place. The page size, margins and page furniture
 * are in the document's own CSS (@page), so an engine is only asked to honour it: CSS page size,
 * backgrounds (the TLP labels are colour on black), an outline (PDF bookmarks from the headings)
 * and a tagged (accessible) PDF. Tagging costs about a quarter of an export's CPU, but Chromium
 * builds the outline from the tag tree — untagged, it writes no bookmarks at all — so the final
 * print is tagged and only the draft pass goes without. main/app/print.ts maps the same settings
 * to Electron's printToPDF.
 */
export interface PrintSettings {
  preferCssPageSize: true;
  printBackground: true;
  outline: boolean;
  tagged: boolean;
  /** Our own header/footer come from @page margin boxes, not the engine's templates. */
  engineHeaderFooter: false;
}

export const PRINT_SETTINGS: PrintSettings = {
  preferCssPageSize: true,
  printBackground: true,
  outline: true,
  tagged: true,
  engineHeaderFooter: false,
};

/** For a draft pass (page positions only): tagging and bookmarks change nothing in the layout. */
export const DRAFT_SETTINGS: PrintSettings = { ...PRINT_SETTINGS, outline: false, tagged: false };

/** The same settings as playwright's page.pdf options. */
export function playwrightPdfOptions(s: PrintSettings = PRINT_SETTINGS) {
  return {
    preferCSSPageSize: s.preferCssPageSize,
    printBackground: s.printBackground,
    outline: s.outline,
    tagged: s.tagged,
    displayHeaderFooter: s.engineHeaderFooter,
  };
}

/** The PDF's Creator: what Chromium writes there is its user agent, which would name the OS and browser build. */
export const PDF_CREATOR = 'Frontier';
