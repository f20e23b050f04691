import { decodeText } from '../sources/decode-text';
import { readTextMetadata } from '../sources/text-metadata';
import type { ImportedDocument } from './document';

/** Plain text and Markdown: the text as it is (UTF-8 or UTF-16 with BOM), metadata from its top. */
export function readTextDocument(bytes: Uint8Array, fileName: string): ImportedDocument {
  const text = decodeText(bytes, fileName);
  return { text, meta: readTextMetadata(text) };
}
