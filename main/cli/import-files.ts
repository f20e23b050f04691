import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { IMPORT_EXTENSIONS } from '../core/imports';

export interface FileList {
  files: string[];
  /** Files inside folders that were passed over: hidden, or not a format Frontier imports. */
  skipped: string[];
}

/**
 * The files an `import` names: files as given (an unsupported one is reported by the import
 * itself), folders walked recursively in name order, taking only the formats Frontier imports
 * and leaving hidden files and folders (.git, .DS_Store) alone.
 */
export async function expandImportArgs(args: string[]): Promise<FileList> {
  const out: FileList = { files: [], skipped: [] };
  const walk = async (dir: string) => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const path = join(dir, e.name);
      if (e.name.startsWith('.')) continue;
      if (e.isDirectory()) await walk(path);
      else if (e.isFile() && IMPORT_EXTENSIONS.includes(extname(e.name).toLowerCase())) out.files.push(path);
      else if (e.isFile()) out.skipped.push(path);
    }
  };
  for (const arg of args) {
    if ((await stat(arg)).isDirectory()) await walk(arg);
    else out.files.push(arg);
  }
  return out;
}

/**
 * Progress of a batch on stderr: one line rewritten in place on a terminal, one line per file
 * otherwise (logs and tests read those), so stdout stays the command's result.
 */
export function progressLine(stream: NodeJS.WriteStream = process.stderr): { update(done: number, total: number, file: string): void; end(): void } {
  const tty = stream.isTTY === true;
  let shown = false;
  return {
    update(done, total, file) {
      const text = `[${done}/${total}] ${file}`;
      if (tty) {
        const width = Math.max(20, (stream.columns ?? 80) - 1);
        stream.write(`\r${text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width)}`);
        shown = true;
      } else stream.write(`${text}\n`);
    },
    end() {
      if (tty && shown) stream.write('\n');
    },
  };
}
