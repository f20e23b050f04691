import { readFile } from 'node:fs/promises';

/** readFile, whose errors always name the file (reading a folder fails with EISDIR and no path). */
export async function readNamedFile(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (err) {
    throw Object.assign(err as NodeJS.ErrnoException, { path: (err as NodeJS.ErrnoException).path ?? file });
  }
}

/** Reads `--body-file F` (or standard input for `-`) as UTF-8. */
export async function readTextArg(file: string): Promise<string> {
  if (file !== '-') return (await readNamedFile(file)).toString('utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

export function parseNumber(name: string, text: string, { integer = false } = {}): number {
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n) || (integer && !Number.isInteger(n))) {
    throw new Error(`${name} must be ${integer ? 'a whole number' : 'a number'}, not "${text}"`);
  }
  return n;
}
