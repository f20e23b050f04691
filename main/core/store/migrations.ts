import { FrontierError } from '../../../shared/ipc/errors';
import { SCHEMA_VERSION } from '../../../shared/model';

/** One step from version `from` to `from + 1`, on the raw parsed JSON (before schema validation). */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

/**
 * MIGRATIONS[v] upgrades a version-v document to v+1. Version 1 is the first released format, so
 * the table is empty; the next format change adds its step here and bumps SCHEMA_VERSION.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export function migrate(
  raw: unknown,
  file: string,
  target: number = SCHEMA_VERSION,
  steps: Readonly<Record<number, Migration>> = MIGRATIONS,
): Record<string, unknown> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new FrontierError('CORRUPT', `${file} does not hold a notebook (expected a JSON object).`);
  }
  let doc = raw as Record<string, unknown>;
  const version = doc['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new FrontierError('CORRUPT', `${file} has no valid schemaVersion.`);
  }
  if (version > target) {
    throw new FrontierError(
      'TOO_NEW',
      `${file} was written by a newer Frontier (format ${version}; this build reads up to ${target}). Update Frontier to open it.`,
    );
  }
  for (let v = version; v < target; v++) {
    const step = steps[v];
    if (!step) throw new FrontierError('INTERNAL', `No migration from notebook format ${v} to ${v + 1}.`);
    doc = { ...step(doc), schemaVersion: v + 1 };
  }
  return doc;
}
