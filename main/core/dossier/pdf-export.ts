import { buildDossierDocument, CONTENTS_LIST_ID, drawMap, DRAFT_STYLE_ID, type DossierContent, type DossierDocument } from '../../../shared/dossier';
import type { Dossier } from '../../../shared/model';
import { checkAborted } from './cancel';
import { dossierFontCss } from './fonts';
import { destinationPages } from './page-positions';
import type { PdfPrinter } from './printer';
import { stagedProgress, type OnProgress } from './progress';
import { worldTopology } from './world';

export interface PdfExportInput {
  dossier: Pick<Dossier, 'title' | 'subtitle' | 'author' | 'date' | 'tlp' | 'summary' | 'mapFrame'>;
  content: DossierContent;
  notebookTitle?: string;
  generatedAt: string;
}

export interface PdfExportOptions {
  printer: PdfPrinter;
  signal?: AbortSignal;
  onProgress?: OnProgress;
}

/** A layout that has not settled after this many passes is printed as it stands (it never happens in practice). */
const MAX_PASSES = 3;

// Rough shares of an export's time (measured on a 225-page dossier): the final, tagged print is the largest.
const STEPS = { 'Preparing fonts and map': 1, 'Laying out': 0.5, 'Printing': 5, 'Reading page numbers': 0.5, 'Printing with page numbers': 7 };

/**
 * Dossier → PDF bytes. Two print passes: the first — a draft, laid out in full but painted
 * invisible and untagged, so it costs layout only — prints the contents without page numbers and
 * reads back, from the PDF's named destinations, the page each section and note landed on; the
 * second prints the same document with those numbers. The numbers sit in fixed-width boxes, so
 * they cannot move anything; the second PDF is read back too, and printed a third time if it
 * disagrees — so a printed number is always the page the reader will find.
 *
 * Where the engine can edit the page it has loaded (Chromium through the DevTools protocol), the
 * later passes do not load the document again: the contents list is replaced and the draft's
 * style removed in place, which saves parsing 2 MB of HTML, decoding the fonts and styling every
 * element a second time (about a fifth of the export's CPU time).
 */
export async function exportPdf(input: PdfExportInput, options: PdfExportOptions): Promise<Uint8Array> {
  const { signal } = options;
  const progress = stagedProgress(STEPS, options.onProgress);

  // Chromium starts while the document is built: a second of wall time saved.
  const opening = options.printer.open(signal);
  opening.catch(() => undefined); // awaited below, where a failure is reported

  let doc: DossierDocument;
  try {
    progress.start('Preparing fonts and map');
    const [fontCss, topology] = await Promise.all([dossierFontCss(), worldTopology()]);
    checkAborted(signal);
    const map = drawMap({ topology, events: input.content.events, frame: input.dossier.mapFrame });
    progress.start('Laying out', `Laying out ${input.content.notes.length} notes`);
    doc = buildDossierDocument({
      dossier: input.dossier,
      ...input.content,
      map,
      fontCss,
      generatedAt: input.generatedAt,
      ...(input.notebookTitle ? { notebookTitle: input.notebookTitle } : {}),
    });
    checkAborted(signal);
  } catch (err) {
    await opening.then((s) => s.close()).catch(() => undefined);
    throw err;
  }

  const session = await opening;
  const signalled = signal ? { signal } : {};
  try {
    progress.start('Printing', 'Printing (first pass)');
    let pdf = await session.print(doc.html({ draft: true }), { ...signalled, draft: true });
    progress.start('Reading page numbers');
    let pages = (await destinationPages(pdf, doc.anchors)).pages;
    for (let pass = 2; pass <= MAX_PASSES; pass++) {
      checkAborted(signal);
      progress.start('Printing with page numbers', pass === 2 ? 'Printing with page numbers' : `Printing again (pass ${pass})`);
      pdf = session.reprint
        ? await session.reprint({ replace: { [CONTENTS_LIST_ID]: doc.contentsList(pages) }, remove: [DRAFT_STYLE_ID] }, signalled)
        : await session.print(doc.html({ pages }), signalled);
      const printed = (await destinationPages(pdf, doc.anchors)).pages;
      if (samePages(pages, printed)) break;
      pages = printed;
    }
    progress.done();
    return pdf;
  } finally {
    await session.close();
  }
}

function samePages(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if (a[k] !== b[k]) return false;
  return true;
}
