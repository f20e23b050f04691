import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { FrontierError } from '../../../../shared/ipc/errors';
import { readTextMetadata } from '../../sources/text-metadata';
import { cleanField, type DocumentMetadata, type ImportedDocument } from '../document';
import { parsePdfDate } from './pdf-date';
import { pageText, type PdfTextItem } from './pdf-text';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;

/**
 * pdf.js, loaded on first use (it is large, and most imports are not PDFs). The legacy build runs
 * on Node 20; in Node it runs its "worker" in the same thread, importing pdf.worker.mjs beside it.
 */
const loadPdfJs = (): Promise<PdfJs> => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

/** pdf.js's own data folders (character maps, standard fonts), read from disk: never fetched. */
function localData(): { cMapUrl: string; standardFontDataUrl: string } | Record<string, never> {
  try {
    const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    return { cMapUrl: `${join(root, 'cmaps')}/`, standardFontDataUrl: `${join(root, 'standard_fonts')}/` };
  } catch {
    return {};
  }
}

const info = (record: unknown, key: string): unknown => (record && typeof record === 'object' ? (record as Record<string, unknown>)[key] : undefined);

/**
 * A PDF's text, page by page, and its document information (Title, Author, CreationDate). pdf.js
 * runs with eval off (ARCHITECTURE §7), no font faces, no system fonts and no network: it only reads
 * the bytes it is given. A damaged or password-protected file is refused with a message that says so.
 */
export async function readPdfDocument(bytes: Uint8Array, fileName: string): Promise<ImportedDocument> {
  const lib = await loadPdfJs();
  const task = lib.getDocument({
    // pdf.js may transfer (detach) the buffer it is given; the caller's bytes must stay intact.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    stopAtErrors: false,
    verbosity: 0,
    ...localData(),
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (err) {
    await task.destroy().catch(() => undefined);
    const name = err instanceof Error ? err.name : '';
    if (name === 'PasswordException') throw new FrontierError('INVALID_INPUT', `${fileName} is password-protected: remove the password and import it again.`);
    throw new FrontierError('INVALID_INPUT', `${fileName} is not a readable PDF (${err instanceof Error ? err.message : String(err)}).`);
  }
  try {
    const pages: string[] = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const content = await page.getTextContent();
      pages.push(pageText(content.items.filter((it) => 'str' in it) as PdfTextItem[]));
      page.cleanup();
    }
    const text = pages.filter(Boolean).join('\n\n').normalize('NFC');
    const { info: docInfo } = await doc.getMetadata().catch(() => ({ info: undefined }));
    return { text, meta: pdfMetadata(docInfo, text) };
  } catch (err) {
    if (err instanceof FrontierError) throw err;
    throw new FrontierError('INVALID_INPUT', `${fileName} could not be read as a PDF (${err instanceof Error ? err.message : String(err)}).`);
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

/** The document information first; what the text's top says fills the gaps (a dateline, a heading). */
function pdfMetadata(docInfo: unknown, text: string): DocumentMetadata {
  const fromText = readTextMetadata(text);
  const meta: DocumentMetadata = {};
  const title = cleanField(info(docInfo, 'Title'), 500) ?? fromText.title;
  const author = cleanField(info(docInfo, 'Author'), 500);
  const publishedAt = parsePdfDate(info(docInfo, 'CreationDate')) ?? fromText.publishedAt;
  const lang = cleanField(info(docInfo, 'Language'), 20);
  const language = lang && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(lang) ? lang : fromText.language;
  if (title) meta.title = title;
  if (author) meta.author = author;
  if (publishedAt) meta.publishedAt = publishedAt;
  if (language) meta.language = language;
  return meta;
}
