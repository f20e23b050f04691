import { FrontierError } from '../../../shared/ipc/errors';
import { decodeText } from '../sources/decode-text';
import { readTextMetadata } from '../sources/text-metadata';
import type { ImportedDocument } from './document';

/** Plain text and Markdown: the text as it is (UTF-8 or UTF-16 with BOM), metadata from its top. */
export function readTextDocument(bytes: Uint8Array, fileName: string): ImportedDocument {
  const text = decodeText(bytes, fileName);
  // An empty file is a failed save or a wrong pick far more often than a source: say so, keep nothing.
  if (text.trim() === '') throw new FrontierError('INVALID_INPUT', `${fileName} is empty: there is no text to import.`);
  return { text, meta: readTextMetadata(text) };
}
