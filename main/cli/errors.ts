import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Command } from 'commander';
import { isMethod } from '../../shared/ipc/contract';
import { FrontierError } from '../../shared/ipc/errors';

/**
 * Contract fields whose option has another name. The rest are found by name among the command's
 * options (`fatalities` → --fatalities, `endDate` → --end-date), the last part of a nested field
 * too (`location.lat` → --lat).
 */
const FIELD_OPTIONS: Record<string, string> = {
  'location.name': 'place',
  'location.precision': 'geoPrecision',
  'place.name': 'place',
  'place.lat': 'place',
  'place.lng': 'place',
  'location.lat': 'lat',
  'location.lng': 'lng',
  datePrecision: 'precision',
  eventType: 'type',
  subEventType: 'subType',
  sourceIds: 'source',
  noteIds: 'note',
  actors: 'actor',
  tags: 'tag',
  'patch.title': 'title',
};

/** Parts of one option's value that the message names ("--place (latitude)"). */
const FIELD_PARTS: Record<string, string> = { 'place.name': 'name', 'place.lat': 'latitude', 'place.lng': 'longitude' };

/** `event add`: the command as the user typed it, without the program's name. */
export function commandPath(command: Command | undefined): string {
  const names: string[] = [];
  for (let c = command; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/** The option a contract field came from, as `--name`; the field itself when no option matches. */
export function optionFor(command: Command | undefined, field: string): string {
  const parts = field.split('.').filter((p) => !/^\d+$/.test(p));
  const path = parts.join('.');
  const last = parts[parts.length - 1] ?? field;
  const candidates = [FIELD_OPTIONS[path], path, FIELD_OPTIONS[last], last].filter((c): c is string => !!c);
  for (const candidate of candidates) {
    const option = command?.options.find((o) => o.attributeName() === candidate);
    if (option?.long) return FIELD_PARTS[path] ? `${option.long} (${FIELD_PARTS[path]})` : option.long;
  }
  return last;
}

/** The deepest existing part of `path`, and whether it is a folder. */
function existingPrefix(path: string): { path: string; isFolder: boolean } | undefined {
  for (let p = path; ; p = dirname(p)) {
    try {
      return { path: p, isFolder: statSync(p).isDirectory() };
    } catch {
      if (dirname(p) === p) return undefined;
    }
  }
}

/** A file system error (errno) as a sentence naming the path, or undefined when it is not one. */
export function describeSystemError(err: unknown): string | undefined {
  if (typeof err !== 'object' || err === null) return undefined;
  const { code, path, syscall } = err as NodeJS.ErrnoException;
  if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) return undefined;
  const where = typeof path === 'string' ? path : undefined;
  if (!where) return code === 'ENOSPC' ? 'The disk is full.' : undefined;
  switch (code) {
    case 'ENOENT':
      if (syscall === 'mkdir') return `Cannot create the folder ${where}.`;
      if (syscall === 'scandir' || syscall === 'opendir') return `No such folder: ${where}`;
      return `No such file: ${where}`;
    case 'ENOTDIR': {
      const prefix = existingPrefix(where);
      return prefix && !prefix.isFolder ? `${prefix.path} is a file, not a folder.` : `Not a folder: ${where}`;
    }
    case 'EEXIST': {
      const prefix = existingPrefix(where);
      return prefix?.path === where && !prefix.isFolder ? `${where} is a file, not a folder.` : `${where} already exists.`;
    }
    case 'EISDIR':
      return `${where} is a folder, not a file.`;
    case 'EACCES':
    case 'EPERM':
      return `Permission denied: ${where}`;
    case 'EROFS':
      return `${where} is on a read-only file system.`;
    case 'ENOSPC':
      return `The disk is full (writing ${where}).`;
    case 'ENAMETOOLONG':
      return `The path is too long: ${where}`;
    case 'ELOOP':
      return `Too many symbolic links in ${where}`;
    default:
      return undefined;
  }
}

/**
 * What the CLI prints for an error: the contract's method names and field paths become the
 * command and its options ("event add: --fatalities must be 0 or more"), and file system errors
 * become sentences that name the path ("No such file: /x.txt").
 */
export function cliErrorMessage(err: unknown, command: Command | undefined): string {
  if (err instanceof FrontierError) {
    const method = err.details?.['method'];
    if (method && isMethod(method)) {
      const cmd = commandPath(command) || method;
      const field = err.details?.['field'];
      const reason = err.details?.['reason'];
      if (field !== undefined && reason !== undefined) {
        if (field === '') return `${cmd}: ${reason}`;
        const option = optionFor(command, field);
        return err.details?.['custom'] === 'true' ? `${cmd}: ${option}: ${reason}` : `${cmd}: ${option} ${reason}`;
      }
      return err.message.startsWith(`${method}: `) ? `${cmd}: ${err.message.slice(method.length + 2)}` : err.message;
    }
    return err.message;
  }
  return describeSystemError(err) ?? (err instanceof Error ? err.message : String(err));
}
