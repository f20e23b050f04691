import { FrontierError } from '../../../shared/ipc/errors';

/**
 * Decodes an imported text file. UTF-8 (with or without BOM) and UTF-16 with a BOM are accepted;
 * anything else is refused rather than guessed, because a wrong guess silently garbles Cyrillic
 * or Dari text. Line endings become \n and the text is NFC-normalised so that the same words
 * typed on different keyboards compare equal.
 */
export function decodeText(bytes: Uint8Array, fileName: string): string {
  let text: string;
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    else text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new FrontierError(
      'INVALID_INPUT',
      `${fileName} is not UTF-8 text. Save it as UTF-8 (or UTF-16 with a byte-order mark) and import it again.`,
    );
  }
  if (text.includes('\0')) {
    throw new FrontierError('INVALID_INPUT', `${fileName} contains NUL bytes: it looks like a binary file, not text.`);
  }
  return text.replace(/\r\n?/g, '\n').normalize('NFC');
}
