import { extname } from 'node:path';
import { FrontierError } from '../../../shared/ipc/errors';

/** The file types this build imports, by extension. Later issues add HTML, PDF, ACLED CSV and CSL-JSON. */
const FORMATS: Record<string, string> = {
  '.txt': 'text/plain',
  '.text': 'text/plain',
  '.md': 'text/markdown',
  '.markdown': 'text/markdown',
};

export function mediaTypeOf(fileName: string): string {
  const ext = extname(fileName).toLowerCase();
  const type = FORMATS[ext];
  if (!type) {
    throw new FrontierError(
      'UNSUPPORTED',
      `Cannot import ${fileName}: ${ext || 'files without an extension'} is not a supported format (supported: ${Object.keys(FORMATS).join(', ')}).`,
    );
  }
  return type;
}
