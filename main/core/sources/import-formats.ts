import { extname } from 'node:path';
import { FrontierError } from '../../../shared/ipc/errors';

/**
 * What an imported file is. `document` formats become one source with a text; `acled-csv` and
 * `csl-json` are collections that become many items.
 */
export type ImportFormat = 'text' | 'markdown' | 'html' | 'pdf' | 'acled-csv' | 'csl-json';

export interface FormatInfo {
  format: ImportFormat;
  mediaType: string;
}

const MEDIA_TYPES: Record<ImportFormat, string> = {
  text: 'text/plain',
  markdown: 'text/markdown',
  html: 'text/html',
  pdf: 'application/pdf',
  'acled-csv': 'text/csv',
  'csl-json': 'application/vnd.citationstyles.csl+json',
};

/** Extensions the picker offers (renderer/App.tsx IMPORT_ACCEPT lists the same). */
const BY_EXTENSION: Record<string, ImportFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.pdf': 'pdf',
  '.csv': 'acled-csv',
  '.json': 'csl-json',
};

export const IMPORT_EXTENSIONS = Object.keys(BY_EXTENSION);

/** Columns without which a CSV is not an ACLED export (ACLED's own names, any order). */
export const ACLED_REQUIRED_COLUMNS = ['event_date', 'event_type', 'sub_event_type', 'location', 'latitude', 'longitude'] as const;

const head = (bytes: Uint8Array, n = 2048): string =>
  Buffer.from(bytes.subarray(0, n))
    .toString('utf8')
    .replace(/^\uFEFF/, '');

const isPdf = (bytes: Uint8Array) => head(bytes, 1024).includes('%PDF-');
const looksLikeHtml = (bytes: Uint8Array) => /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i.test(head(bytes));
const firstLine = (bytes: Uint8Array) => head(bytes, 8192).split(/\r?\n/, 1)[0] ?? '';

/** True when the first line is a header naming ACLED's columns. */
export function isAcledHeader(line: string): boolean {
  const cols = new Set(line.split(/[,;\t]/).map((c) => c.trim().replace(/^"|"$/g, '').toLowerCase()));
  return ACLED_REQUIRED_COLUMNS.every((c) => cols.has(c));
}

/** A JSON array (or one object) whose items carry CSL's `type` and a `title` or `id`. */
const looksLikeCsl = (bytes: Uint8Array) => /^\s*[[{]/.test(head(bytes)) && /"type"\s*:/.test(head(bytes, 65536));

const unsupported = (fileName: string, why: string) =>
  new FrontierError('UNSUPPORTED', `Cannot import ${fileName}: ${why} (supported: ${IMPORT_EXTENSIONS.join(', ')}).`);

/**
 * Decides the format from the extension and the first bytes. The content wins where it is
 * unambiguous (a PDF saved as .txt is still a PDF); otherwise the extension decides, and the content
 * must agree with it (a .csv that is not an ACLED export is refused rather than guessed at).
 */
export function detectFormat(fileName: string, bytes: Uint8Array): FormatInfo {
  const ext = extname(fileName).toLowerCase();
  const byExt = BY_EXTENSION[ext];
  const info = (format: ImportFormat): FormatInfo => ({ format, mediaType: MEDIA_TYPES[format] });

  if (isPdf(bytes)) return info('pdf');
  if (byExt === 'pdf') throw new FrontierError('INVALID_INPUT', `${fileName} is not a PDF: it does not start with a PDF header.`);
  if (byExt === 'acled-csv') {
    if (!isAcledHeader(firstLine(bytes))) {
      throw unsupported(fileName, `only ACLED exports are imported from CSV, and its header lacks ACLED's columns (${ACLED_REQUIRED_COLUMNS.join(', ')})`);
    }
    return info('acled-csv');
  }
  if (byExt === 'csl-json') {
    if (!looksLikeCsl(bytes)) throw unsupported(fileName, 'only CSL-JSON (e.g. Zotero\'s "Export Collection… → CSL JSON") is imported from JSON');
    return info('csl-json');
  }
  if (byExt) return info(byExt);
  // No extension, or one we do not know: only a clear signature is trusted.
  if (looksLikeHtml(bytes)) return info('html');
  if (isAcledHeader(firstLine(bytes))) return info('acled-csv');
  throw unsupported(fileName, `${ext || 'files without an extension'} is not a supported format`);
}

/** The media type kept with the original file. */
export const mediaTypeOf = (format: ImportFormat): string => MEDIA_TYPES[format];
